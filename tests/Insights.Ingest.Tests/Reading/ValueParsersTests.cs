using Insights.Ingest.Reading;

namespace Insights.Ingest.Tests.Reading;

/// <summary>
/// Expected values are computed by hand, not by the code under test. Excel serials: days since 1899-12-30 for serials
/// from 61 on (1900-03-01); 45292 is 2024-01-01 (the well-known anchor), so 45459 = 2024-01-01 + 167 days = 2024-06-16
/// and 45527 = 2024-01-01 + 235 days = 2024-08-23. (The task brief gave 2024-06-15 and 2024-08-22, one day early:
/// Excel's own =DATE(2024,6,15) is 45458, and .NET's DateTime.FromOADate(45459) is 2024-06-16.)
/// </summary>
public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("2024-08-25", 2024, 8, 25)]
    [InlineData("2024/8/25", 2024, 8, 25)]
    [InlineData("2024.8.25", 2024, 8, 25)]
    [InlineData("2024年8月25日", 2024, 8, 25)]
    [InlineData("2024 年 8 月 5 日", 2024, 8, 5)]
    [InlineData("20240825", 2024, 8, 25)]
    [InlineData("２０２４－０８－２５", 2024, 8, 25)]
    [InlineData("  2024-02-29  ", 2024, 2, 29)]
    [InlineData("45292", 2024, 1, 1)]
    [InlineData("45459", 2024, 6, 16)]
    [InlineData("45527", 2024, 8, 23)]
    [InlineData("45459.75", 2024, 6, 16)]
    [InlineData("1", 1900, 1, 1)]
    [InlineData("59", 1900, 2, 28)]
    [InlineData("61", 1900, 3, 1)]
    [InlineData("2958465", 9999, 12, 31)]
    [InlineData("2024-08-11 12:52", 2024, 8, 11)]
    [InlineData("2024-06-11T10:03:00+08:00", 2024, 6, 11)]
    [InlineData("2024-06-11T20:03:00Z", 2024, 6, 12)] // 20:03 UTC is 04:03 the next day in Beijing
    public void Dates_in_every_form(string text, int year, int month, int day)
    {
        Assert.True(ValueParsers.TryParseDate(text, out var value), text);
        Assert.Equal(new DateOnly(year, month, day), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("60")] // Excel's 1900-02-29, a day that never was
    [InlineData("2958466")]
    [InlineData("-5")]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-8")]
    [InlineData("2024-08/25")]
    [InlineData("24-08-25")]
    [InlineData("20241301")]
    [InlineData("2024年13月1日")]
    [InlineData("明天")]
    [InlineData("2024-08-25 25:00")]
    [InlineData("2024-08-25x")]
    [InlineData("1e5")]
    public void Not_dates(string? text) => Assert.False(ValueParsers.TryParseDate(text, out _), text);

    [Theory]
    [InlineData("2024/6/9 7:02", "2024-06-09T07:02:00")]
    [InlineData("2024-08-11 12:52", "2024-08-11T12:52:00")]
    [InlineData("2024-08-11 12:52:30", "2024-08-11T12:52:30")]
    [InlineData("2024-08-11T12:52:30.25", "2024-08-11T12:52:30.2500000")]
    [InlineData("2024-06-11T10:03:00+08:00", "2024-06-11T10:03:00")]
    [InlineData("2024-06-11T02:03:00Z", "2024-06-11T10:03:00")]
    [InlineData("2024-06-11T10:03:00+09:00", "2024-06-11T09:03:00")]
    [InlineData("2024-06-10T21:03:00-05:00", "2024-06-11T10:03:00")] // 21:03-05 = 02:03Z = 10:03 Beijing
    [InlineData("2024-06-11 10:03:00 +0800", "2024-06-11T10:03:00")]
    [InlineData("2024年8月25日 14:30", "2024-08-25T14:30:00")]
    [InlineData("2024年8月25日14:30", "2024-08-25T14:30:00")]
    [InlineData("２０２４／６／９　７：０２", "2024-06-09T07:02:00")]
    [InlineData("2024-08-25", "2024-08-25T00:00:00")]
    [InlineData("45459.5", "2024-06-16T12:00:00")]
    [InlineData("45459.25", "2024-06-16T06:00:00")]
    [InlineData("45459", "2024-06-16T00:00:00")]
    public void Date_times_in_every_form(string text, string expected)
    {
        Assert.True(ValueParsers.TryParseDateTime(text, out var value), text);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("2024-08-11 12:60")]
    [InlineData("2024-08-11 24:00")]
    [InlineData("2024-08-11 12")]
    [InlineData("2024-08-11 12:5")]
    [InlineData("2024-08-11T12:52:30+15:00")]
    [InlineData("2024-08-11 12:52 PST")]
    [InlineData("0001-01-01T00:00:00+09:00")] // 0000-12-31T23:00 in Beijing: before DateTime.MinValue
    public void Not_date_times(string text) => Assert.False(ValueParsers.TryParseDateTime(text, out _), text);

    [Theory]
    [InlineData("86.5", 86.5)]
    [InlineData(" 86.5 ", 86.5)]
    [InlineData("８６．５", 86.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-1,234,567", -1234567)]
    [InlineData("+3", 3)]
    [InlineData("1e3", 1000)]
    [InlineData("0", 0)]
    [InlineData(".5", 0.5)]
    public void Doubles(string text, double expected)
    {
        Assert.True(ValueParsers.TryParseDouble(text, out var value), text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("1e400")]
    [InlineData("1,23")]
    [InlineData("12,34.5")]
    [InlineData("1,234,5")]
    [InlineData("1.234,5")]
    [InlineData("86.5分")]
    [InlineData("0x10")]
    [InlineData("1 234")]
    public void Not_doubles(string? text) => Assert.False(ValueParsers.TryParseDouble(text, out _), text);

    [Theory]
    [InlineData("90", 90)]
    [InlineData("90.0", 90)]
    [InlineData(" ９０ ", 90)]
    [InlineData("-7", -7)]
    [InlineData("1,234", 1234)]
    [InlineData("2147483647", int.MaxValue)]
    public void Ints(string text, int expected)
    {
        Assert.True(ValueParsers.TryParseInt(text, out var value), text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("90.5")]
    [InlineData("2147483648")]
    [InlineData("")]
    [InlineData("九十")]
    [InlineData("NaN")]
    public void Not_ints(string text) => Assert.False(ValueParsers.TryParseInt(text, out _), text);

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("有", true)]
    [InlineData("无", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("√", true)]
    [InlineData("×", false)]
    [InlineData(" 是 ", true)]
    [InlineData("ＹＥＳ", true)]
    public void Bools(string text, bool expected)
    {
        Assert.True(ValueParsers.TryParseBool(text, out var value), text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("是的吧")]
    [InlineData("maybe")]
    public void Not_bools(string? text) => Assert.False(ValueParsers.TryParseBool(text, out _), text);

    [Fact]
    public void Long_or_odd_text_is_rejected_without_exceptions()
    {
        var long1 = new string('9', 10_000);
        Assert.False(ValueParsers.TryParseDate(long1, out _));
        Assert.False(ValueParsers.TryParseDouble(long1, out _));
        Assert.False(ValueParsers.TryParseInt(long1, out _));
        Assert.False(ValueParsers.TryParseBool(long1, out _));
        foreach (var odd in new[] { "\0", "\uFFFD", "2024-\uD800-01", "=cmd|' /C calc'!A0", "+1+1", "@SUM(1)" })
        {
            Assert.False(ValueParsers.TryParseDateTime(odd, out _));
            Assert.False(ValueParsers.TryParseBool(odd, out _));
        }
    }
}
