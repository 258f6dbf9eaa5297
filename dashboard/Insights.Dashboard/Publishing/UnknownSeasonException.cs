using Insights.Model;

namespace Insights.Dashboard.Publishing;

/// <summary>A season was asked for that the warehouse does not hold; the message lists the seasons it does.</summary>
public sealed class UnknownSeasonException : BilingualException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="season">The season asked for.</param>
    /// <param name="seasons">The warehouse's seasons, newest first.</param>
    public UnknownSeasonException(string season, IReadOnlyList<string> seasons)
        : base(
            $"未知赛季 '{season}'，数据仓库中的赛季：{string.Join("、", seasons)}",
            $"unknown season '{season}'; the warehouse's seasons: {string.Join(", ", seasons)}")
    {
        Season = season;
        Seasons = seasons;
    }

    /// <summary>The season asked for.</summary>
    public string Season { get; }

    /// <summary>The warehouse's seasons, newest first.</summary>
    public IReadOnlyList<string> Seasons { get; }
}
