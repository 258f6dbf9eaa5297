using System.Globalization;

namespace Insights.Analytics;

/// <summary>
/// The names behind the zero-based judge, project and criterion indices of an analysis unit, so that the evidence
/// text of a finding names the judge (<c>EX00165</c>) rather than his index. Indices without a list are written as
/// numbers.
/// </summary>
/// <param name="Judges">Judge id per judge index, or null.</param>
/// <param name="Projects">Project id per project index, or null.</param>
/// <param name="Criteria">Criterion code per criterion index, or null.</param>
public sealed record ElementNames(IReadOnlyList<string>? Judges = null, IReadOnlyList<string>? Projects = null, IReadOnlyList<string>? Criteria = null)
{
    /// <summary>Names that are the indices themselves.</summary>
    public static ElementNames Indices { get; } = new();

    /// <summary>The name of judge <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based judge index.</param>
    /// <returns>The judge id, or the index as text.</returns>
    public string Judge(int index) => Name(Judges, index);

    /// <summary>The name of project <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based project index.</param>
    /// <returns>The project id, or the index as text.</returns>
    public string Project(int index) => Name(Projects, index);

    /// <summary>The name of criterion <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based criterion index.</param>
    /// <returns>The criterion code, or the index as text.</returns>
    public string Criterion(int index) => Name(Criteria, index);

    /// <summary>Criterion names in Chinese by index (the rubric's, e.g. 应用价值), or null to write the codes.</summary>
    public IReadOnlyList<string>? CriteriaZh { get; init; }

    /// <summary>Criterion names in English by index, or null to write the codes.</summary>
    public IReadOnlyList<string>? CriteriaEn { get; init; }

    /// <summary>The name of criterion <paramref name="index"/> in a language: the rubric's name where known, else its code.</summary>
    /// <param name="index">Zero-based criterion index.</param>
    /// <param name="zh">Chinese.</param>
    /// <returns>The name.</returns>
    public string Criterion(int index, bool zh) => (zh ? CriteriaZh : CriteriaEn) is { } names && (uint)index < (uint)names.Count && names[index].Length > 0
        ? names[index]
        : Criterion(index);

    private static string Name(IReadOnlyList<string>? names, int index) =>
        names is not null && (uint)index < (uint)names.Count ? names[index] : index.ToString(CultureInfo.InvariantCulture);
}
