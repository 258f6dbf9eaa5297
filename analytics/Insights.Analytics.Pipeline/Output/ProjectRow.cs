namespace Insights.Analytics.Pipeline.Output;

/// <summary>One row of projects.csv: a project in one analysis unit.</summary>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage (or <c>pooled</c>).</param>
/// <param name="Track">Track.</param>
/// <param name="Project">Project id.</param>
/// <param name="Judges">Judges who scored it.</param>
/// <param name="RawMean">Mean of its judges' weighted totals (Σ weight × mark), trimmed of the highest and lowest in the final roadshow.</param>
/// <param name="FairScore">The same with each judge's severity added back (severity-adjusted).</param>
/// <param name="RankRaw">Rank by raw mean (1 = best; ties by project id).</param>
/// <param name="RankFair">Rank by fair score.</param>
/// <param name="ProbabilityKeepsTier">Probability it keeps its award tier (final roadshow) or its finalist status (on-site
/// review) when the panel's judges are resampled; NaN where not computed (written review, incomplete panels, outside data).</param>
/// <param name="FlipJudges">The fewest judges whose removal changes its tier (margins.csv); 0 where not computed or
/// where no subset leaving three judges does.</param>
/// <param name="FlipMarkPoints">The smallest single mark change (points) that changes its tier; NaN where not computed or none.</param>
/// <param name="FreshKeepsTier">Probability that a fresh panel of new judges, drawn from the season's judge population,
/// gives it the same tier (or again none), under the exact award rule (<see cref="Robustness.FreshPanel"/>); final
/// roadshow with a complete panel only, NaN elsewhere.</param>
/// <param name="FreshAwarded">Probability that such a fresh panel gives it any tier; NaN where not computed.</param>
public sealed record ProjectRow(
    string Season,
    string Stage,
    string Track,
    string Project,
    int Judges,
    double RawMean,
    double FairScore,
    int RankRaw,
    int RankFair,
    double ProbabilityKeepsTier,
    int FlipJudges = 0,
    double FlipMarkPoints = double.NaN,
    double FreshKeepsTier = double.NaN,
    double FreshAwarded = double.NaN)
{
    /// <summary>What the stage's declared rule gives the project on its basis (raw or standardized marks): a tier code,
    /// <c>advance</c>, <c>none</c>, or empty where the stage decides nothing.</summary>
    public string Tier { get; init; } = "";

    /// <summary>What the same rule gives by the fair (severity-adjusted) scores; empty where not computed.</summary>
    public string TierFair { get; init; } = "";

    /// <summary>What the same rule gives by the competition's standardized marks (标准分); empty without them.</summary>
    public string TierStandard { get; init; } = "";

    /// <summary>The award the competition published for the project in this stage (<c>none</c> for none); empty
    /// where the stage gives no awards or none were landed.</summary>
    public string TierPublished { get; init; } = "";
}
