using System.Globalization;

namespace Insights.Ingest.Reading;

/// <summary>
/// Parsers for the raw text cells of the exports: pure functions, invariant culture, never throw. Every parser trims
/// the text and folds full-width characters (<c>８６．５</c>, <c>２０２４－０８－２５</c>) first.
/// </summary>
public static class ValueParsers
{
    private const int MaxDateLength = 64;
    private const int MaxNumberLength = 128;

    /// <summary>
    /// Reads a date: <c>2024-08-25</c>, <c>2024/8/25</c>, <c>2024.8.25</c>, <c>2024年8月25日</c>, <c>20240825</c>, an
    /// Excel serial number (<c>45459</c> is 2024-06-15; serials 1 to 2958465, the 1900 leap-year bug respected, so 60,
    /// the nonexistent 1900-02-29, is rejected; a fraction is ignored), or any date-time
    /// <see cref="TryParseDateTime"/> reads (its date part, in China time when the text carries an offset).
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">The date, or default.</param>
    /// <returns>True when the text is a date.</returns>
    public static bool TryParseDate(string? text, out DateOnly value)
    {
        if (TryParseDateTime(text, out var dateTime))
        {
            value = DateOnly.FromDateTime(dateTime);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads a date-time: every form of <see cref="TryParseDate"/> (at midnight), followed by a time
    /// (<c>2024/6/9 7:02</c>, <c>2024-08-11 12:52</c>, <c>2024-08-11 12:52:30</c>, <c>2024-08-11T12:52:30.5</c>,
    /// <c>2024年8月25日 14:30</c>), optionally with an offset (<c>Z</c>, <c>+08:00</c>, <c>+0800</c>, <c>-05</c>);
    /// or an Excel serial with a fraction of a day (rounded to the millisecond).
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">
    /// Beijing time (UTC+8) with Kind Unspecified: text with an offset is converted to UTC+8, text without one is taken
    /// as already Beijing time.
    /// </param>
    /// <returns>True when the text is a date-time.</returns>
    public static bool TryParseDateTime(string? text, out DateTime value)
    {
        value = default;
        Span<char> buffer = stackalloc char[MaxDateLength];
        return text is not null
            && TextFolding.TryFoldTrim(text, buffer, out var folded)
            && DateTimeText.TryParse(folded, out value);
    }

    /// <summary>
    /// Reads a finite number: <c>86.5</c>, <c> 86.5 </c>, <c>８６．５</c>, <c>-3</c>, <c>1e3</c>, <c>1,234.5</c>
    /// (commas only as thousands separators in groups of three); rejects NaN, infinities, overflow and empty text.
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">The number, or 0.</param>
    /// <returns>True when the text is a finite number.</returns>
    public static bool TryParseDouble(string? text, out double value)
    {
        value = 0;
        Span<char> buffer = stackalloc char[MaxNumberLength];
        if (text is null || !TextFolding.TryFoldTrim(text, buffer, out var folded) || folded.IsEmpty)
        {
            return false;
        }

        if (folded.Contains(','))
        {
            Span<char> plain = stackalloc char[MaxNumberLength];
            if (!TryRemoveThousands(folded, plain, out var length))
            {
                return false;
            }

            folded = plain[..length];
        }

        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (double.TryParse(folded, Styles, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Reads a whole number in the range of <see cref="int"/>: <c>90</c>, <c>９０</c>, <c>1,234</c>, and also
    /// <c>90.0</c> (a number with no fractional part), but not <c>90.5</c>.
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">The number, or 0.</param>
    /// <returns>True when the text is a whole number that fits an <see cref="int"/>.</returns>
    public static bool TryParseInt(string? text, out int value)
    {
        value = 0;
        if (!TryParseDouble(text, out var number) || number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>
    /// Reads a yes/no answer: <c>是</c>/<c>否</c>, <c>有</c>/<c>无</c>, <c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>,
    /// <c>y</c>/<c>n</c>, <c>1</c>/<c>0</c>, <c>√</c>/<c>×</c> (also ✓/✗), ignoring case.
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <param name="value">The answer, or false.</param>
    /// <returns>True when the text is one of the forms.</returns>
    public static bool TryParseBool(string? text, out bool value)
    {
        value = false;
        Span<char> buffer = stackalloc char[8];
        if (text is null || !TextFolding.TryFoldTrim(text, buffer, out var folded))
        {
            return false;
        }

        Span<char> lower = stackalloc char[folded.Length];
        folded.ToLowerInvariant(lower);
        switch (lower)
        {
            case "是" or "有" or "true" or "yes" or "y" or "1" or "√" or "✓" or "✔":
                value = true;
                return true;
            case "否" or "无" or "false" or "no" or "n" or "0" or "×" or "✗" or "✘":
                return true;
            default:
                return false;
        }
    }

    private static bool TryRemoveThousands(ReadOnlySpan<char> s, Span<char> destination, out int length)
    {
        length = 0;
        var start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        var end = s.IndexOfAny('.', 'e', 'E');
        var whole = s[start..(end < 0 ? s.Length : end)];
        var groups = 0;
        foreach (var range in whole.Split(','))
        {
            var group = whole[range];
            if (group.IsEmpty || group.ContainsAnyExceptInRange('0', '9') || (groups == 0 ? group.Length > 3 : group.Length != 3))
            {
                return false;
            }

            groups++;
        }

        if (s[(start + whole.Length)..].Contains(','))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c != ',')
            {
                destination[length++] = c;
            }
        }

        return true;
    }
}
