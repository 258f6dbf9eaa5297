namespace Insights.Analytics.Bias;

/// <summary>
/// The favouritism bonus of one judge: the coefficient of his affiliated flag in the within-project model
/// y_jp = a_p + s_j + Σ_k b_k·A_kp (his criterion-averaged mark on project p, a_p the project's fixed effect, s_j his
/// severity), in score points. Project quality is absorbed by a_p, so it cannot read as a bonus.
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Affiliated">Number of affiliated projects the judge scored (with at least one other judge).</param>
/// <param name="Unaffiliated">Number of unaffiliated projects the judge scored (with at least one other judge).</param>
/// <param name="Bonus">The bonus in score points (per criterion mark); NaN when not estimable.</param>
/// <param name="StandardError">Model standard error of the bonus, σ̂ √G_bb (G the inverse of the within design's
/// cross-products): what the design allows, used for the minimum detectable effect.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="PValue">One-sided permutation p-value of the judge's affiliated labels on the null model's
/// residuals; NaN when the judge is not tested.</param>
/// <param name="Tested">Whether the judge has enough affiliated and unaffiliated projects to be tested
/// (<see cref="FavouritismOptions.MinAffiliated"/>, <see cref="FavouritismOptions.MinUnaffiliated"/>) and an
/// estimable bonus.</param>
/// <param name="MinimumPValue">The smallest p-value the permutation test can give: 1 / C(n, affiliated) under exact
/// enumeration, 1 / (permutations + 1) when sampled.</param>
public sealed record FavouritismEstimate(
    int Judge,
    int Affiliated,
    int Unaffiliated,
    double Bonus,
    double StandardError,
    double Lower,
    double Upper,
    double PValue,
    bool Tested = true,
    double MinimumPValue = double.NaN);
