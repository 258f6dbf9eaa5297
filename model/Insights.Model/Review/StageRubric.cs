namespace Insights.Model.Review;

/// <summary>The scoring rubric of one stage: its criteria, each on an integer scale, weighted to a 0-100 total.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Criteria">Criteria in score-sheet order.</param>
public sealed record StageRubric(Stage Stage, IReadOnlyList<RubricCriterion> Criteria)
{
    /// <summary>The highest possible weighted total.</summary>
    public double MaxTotal => Criteria.Sum(c => c.MaxScore * c.Weight);

    /// <summary>The weighted total of one judge's marks, given in <see cref="Criteria"/> order.</summary>
    /// <param name="marks">One mark per criterion.</param>
    /// <returns>The weighted total, on the 0-100 scale.</returns>
    /// <exception cref="ArgumentException">The number of marks differs from the number of criteria.</exception>
    public double Total(ReadOnlySpan<int> marks)
    {
        if (marks.Length != Criteria.Count)
        {
            throw new ArgumentException($"expected {Criteria.Count} marks, got {marks.Length}", nameof(marks));
        }

        var total = 0.0;
        for (var i = 0; i < marks.Length; i++)
        {
            total += marks[i] * Criteria[i].Weight;
        }

        return total;
    }
}
