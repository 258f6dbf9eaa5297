namespace Insights.Ingest.Reading;

/// <summary>
/// Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 29 February 1900 that Lotus 1-2-3 invented
/// and Excel kept, so from serial 61 (1900-03-01) on a serial is the days since 1899-12-30.
/// </summary>
internal static class ExcelSerial
{
    /// <summary>The last serial Excel accepts: 9999-12-31.</summary>
    internal const int MaxSerial = 2958465;

    /// <summary>Days between the 1904 and the 1900 date systems (serial 0 in 1904 is serial 1462 in 1900).</summary>
    internal const int Offset1904 = 1462;

    private static readonly DateOnly s_before61 = new(1899, 12, 31);
    private static readonly DateOnly s_from61 = new(1899, 12, 30);

    /// <summary>
    /// The date of a whole serial in 1..<see cref="MaxSerial"/>; false for others and for 60, the nonexistent
    /// 1900-02-29.
    /// </summary>
    internal static bool TryToDate(long serial, out DateOnly date)
    {
        if (serial is < 1 or > MaxSerial or 60)
        {
            date = default;
            return false;
        }

        date = (serial < 60 ? s_before61 : s_from61).AddDays((int)serial);
        return true;
    }

    /// <summary>The date and time of a serial with a fraction of a day, rounded to the millisecond.</summary>
    internal static bool TryToDateTime(double serial, out DateTime value)
    {
        value = default;
        if (!double.IsFinite(serial) || serial < 1 || serial >= MaxSerial + 1)
        {
            return false;
        }

        var days = (long)Math.Floor(serial);
        var milliseconds = (long)Math.Round((serial - days) * 86_400_000d, MidpointRounding.AwayFromZero);
        if (!TryToDate(days, out var date))
        {
            return false;
        }

        var result = date.ToDateTime(TimeOnly.MinValue).Ticks + (milliseconds * TimeSpan.TicksPerMillisecond);
        if (result > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTime(result, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>
    /// Reads a serial written as plain digits with at most one decimal point (no sign, no exponent, whole part of at
    /// most 7 digits, so 8-digit <c>yyyyMMdd</c> dates are never mistaken for serials).
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out double serial)
    {
        serial = 0;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (whole.Length is 0 or > 7 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out serial);
    }
}
