using System.Globalization;

namespace Insights.Generator.Season;

/// <summary>How the truth files and the planted details write numbers and times: invariant, so a seed gives the same bytes under any culture.</summary>
internal static class SeasonText
{
    /// <summary>The culture of every number and date the generator writes.</summary>
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A number with at most four decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>E.g. <c>-2.5</c>.</returns>
    public static string F(double value) => value.ToString("0.####", Inv);

    /// <summary>A number with its sign and at most one decimal.</summary>
    /// <param name="value">The number.</param>
    /// <returns>E.g. <c>+8</c>, <c>-7.5</c>, <c>0</c>.</returns>
    public static string Signed(double value) => value.ToString("+0.#;-0.#;0", Inv);

    /// <summary>A time to the minute.</summary>
    /// <param name="value">The time.</param>
    /// <returns>E.g. <c>2024-08-06 09:12</c>.</returns>
    public static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", Inv);
}
