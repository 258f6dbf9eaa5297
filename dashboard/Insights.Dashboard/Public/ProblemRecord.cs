namespace Insights.Dashboard.Public;

/// <summary>A problem statement (赛题) of the reference data.</summary>
/// <param name="Code">Its code, e.g. <c>T01-P01</c>.</param>
/// <param name="Track">Its track.</param>
/// <param name="TitleZh">Its title in Chinese.</param>
/// <param name="TitleEn">Its title in English.</param>
internal sealed record ProblemRecord(string Code, string Track, string TitleZh, string TitleEn)
{
    /// <summary>The row label of the tables: the code and the Chinese title.</summary>
    public string Label => $"{Code} {TitleZh}";
}
