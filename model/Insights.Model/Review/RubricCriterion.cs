namespace Insights.Model.Review;

/// <summary>One criterion of a stage's scoring rubric.</summary>
/// <param name="Code">Stable code, e.g. <c>data_elements</c>; the same criterion keeps its code across stages.</param>
/// <param name="NameZh">Chinese name as on a score sheet.</param>
/// <param name="NameEn">English name.</param>
/// <param name="MinScore">Lowest mark a judge may give.</param>
/// <param name="MaxScore">Highest mark a judge may give.</param>
/// <param name="Weight">Multiplier that turns the mark into points of the 100-point total.</param>
/// <param name="NoticeClause">Where the notice asks a project to show this.</param>
public sealed record RubricCriterion(
    string Code,
    string NameZh,
    string NameEn,
    int MinScore,
    int MaxScore,
    double Weight,
    string NoticeClause);
