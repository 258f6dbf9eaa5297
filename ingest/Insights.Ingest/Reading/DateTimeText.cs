namespace Insights.Ingest.Reading;

/// <summary>
/// A hand-written parser for the date and date-time forms the exports use (see <see cref="ValueParsers"/>): never
/// throws, checks every field's range before building a value.
/// </summary>
internal static class DateTimeText
{
    private static readonly long s_chinaOffsetTicks = TimeSpan.FromHours(8).Ticks;

    /// <summary>
    /// Parses folded, trimmed text. <paramref name="value"/> is China time (UTC+8) when the text carried an offset,
    /// else the wall-clock time written; Kind is Unspecified.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> s, out DateTime value)
    {
        value = default;
        if (s.IsEmpty)
        {
            return false;
        }

        if (ExcelSerial.TryParse(s, out var serial))
        {
            return ExcelSerial.TryToDateTime(serial, out value);
        }

        var pos = 0;
        if (!TryDate(s, ref pos, out var date, out var chinese))
        {
            return false;
        }

        var ticks = date.ToDateTime(TimeOnly.MinValue).Ticks;
        if (pos == s.Length)
        {
            value = new DateTime(ticks, DateTimeKind.Unspecified);
            return true;
        }

        // Separator between date and time: 'T', spaces, or nothing after a Chinese date ("2024年8月25日14:30").
        if (s[pos] is 'T' or 't')
        {
            pos++;
        }
        else if (s[pos] == ' ')
        {
            while (pos < s.Length && s[pos] == ' ')
            {
                pos++;
            }
        }
        else if (!chinese)
        {
            return false;
        }

        if (!TryTime(s, ref pos, out var timeTicks))
        {
            return false;
        }

        ticks += timeTicks;
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }

        if (pos < s.Length)
        {
            if (!TryOffset(s, ref pos, out var offsetTicks) || pos != s.Length)
            {
                return false;
            }

            ticks = ticks - offsetTicks + s_chinaOffsetTicks;
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            {
                return false;
            }
        }

        value = new DateTime(ticks, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> s, ref int pos, out DateOnly date, out bool chinese)
    {
        date = default;
        chinese = false;
        var digits = Digits(s, pos);
        if (digits == 8 && (pos + 8 == s.Length || s[pos + 8] is ' ' or 'T' or 't'))
        {
            // yyyyMMdd
            var compact = s.Slice(pos, 8);
            pos += 8;
            return TryMake(Number(compact[..4]), Number(compact[4..6]), Number(compact[6..8]), out date);
        }

        if (digits != 4)
        {
            return false;
        }

        var year = Number(s.Slice(pos, 4));
        pos += 4;
        var afterYear = pos;
        SkipSpaces(s, ref pos);
        if (pos >= s.Length || s[pos] != '年')
        {
            pos = afterYear; // spaces are allowed only around the Chinese 年/月/日
        }

        if (pos >= s.Length)
        {
            return false;
        }

        var separator = s[pos++];
        if (separator == '年')
        {
            chinese = true;
            SkipSpaces(s, ref pos);
            if (!TryNumber(s, ref pos, 2, out var m))
            {
                return false;
            }

            SkipSpaces(s, ref pos);
            if (pos >= s.Length || s[pos] != '月')
            {
                return false;
            }

            pos++;
            SkipSpaces(s, ref pos);
            if (!TryNumber(s, ref pos, 2, out var d))
            {
                return false;
            }

            SkipSpaces(s, ref pos);
            if (pos < s.Length && s[pos] is '日' or '号')
            {
                pos++;
            }

            return TryMake(year, m, d, out date);
        }

        if (separator is not ('-' or '/' or '.'))
        {
            return false;
        }

        if (!TryNumber(s, ref pos, 2, out var month) || pos >= s.Length || s[pos] != separator)
        {
            return false;
        }

        pos++;
        return TryNumber(s, ref pos, 2, out var day) && TryMake(year, month, day, out date);
    }

    private static bool TryTime(ReadOnlySpan<char> s, ref int pos, out long ticks)
    {
        ticks = 0;
        if (!TryNumber(s, ref pos, 2, out var hour) || pos >= s.Length || s[pos] != ':')
        {
            return false;
        }

        pos++;
        if (Digits(s, pos) != 2 || !TryNumber(s, ref pos, 2, out var minute))
        {
            return false;
        }

        var second = 0;
        long fractionTicks = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
            if (Digits(s, pos) != 2 || !TryNumber(s, ref pos, 2, out second))
            {
                return false;
            }

            if (pos < s.Length && s[pos] is '.' or ',')
            {
                pos++;
                var count = Digits(s, pos);
                if (count == 0)
                {
                    return false;
                }

                // Up to 7 digits are ticks (100 ns); further digits are dropped.
                var fraction = s.Slice(pos, Math.Min(count, 7));
                fractionTicks = Number(fraction);
                for (var i = fraction.Length; i < 7; i++)
                {
                    fractionTicks *= 10;
                }

                pos += count;
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        ticks = (((hour * 60L) + minute) * 60L + second) * TimeSpan.TicksPerSecond + fractionTicks;
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, ref int pos, out long ticks)
    {
        ticks = 0;
        if (s[pos] is 'Z' or 'z')
        {
            pos++;
            return true;
        }

        if (s[pos] is not ('+' or '-'))
        {
            return false;
        }

        var sign = s[pos] == '-' ? -1 : 1;
        pos++;
        if (Digits(s, pos) is not (2 or 4))
        {
            return false;
        }

        var hours = Number(s.Slice(pos, 2));
        var minutes = 0;
        if (Digits(s, pos) == 4)
        {
            minutes = Number(s.Slice(pos + 2, 2));
            pos += 4;
        }
        else
        {
            pos += 2;
            if (pos < s.Length && s[pos] == ':')
            {
                pos++;
                if (Digits(s, pos) != 2)
                {
                    return false;
                }

                minutes = Number(s.Slice(pos, 2));
                pos += 2;
            }
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        ticks = sign * ((hours * 60L) + minutes) * TimeSpan.TicksPerMinute;
        return true;
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, ref int pos, int maxDigits, out int value)
    {
        var count = Digits(s, pos);
        if (count == 0 || count > maxDigits)
        {
            value = 0;
            return false;
        }

        value = Number(s.Slice(pos, count));
        pos += count;
        return true;
    }

    private static int Digits(ReadOnlySpan<char> s, int pos)
    {
        var count = 0;
        while (pos + count < s.Length && char.IsAsciiDigit(s[pos + count]))
        {
            count++;
        }

        return count;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }
    }
}
