namespace Insights.Analytics.Anomalies;

/// <summary>
/// How one judge uses the scale against the other judges of the same projects and criteria (<see cref="ScaleUse.Assess"/>).
/// </summary>
/// <param name="Judge">Zero-based judge index.</param>
/// <param name="Slope">Slope b of the judge's marks on the other judges' mean mark, both centred within criterion.</param>
/// <param name="StandardError">Cluster-robust (CR2, clusters = the judge's sheets, i.e. projects) standard error of b.</param>
/// <param name="OlsStandardError">The least-squares standard error of b, √(s² / Σ x̃²); the tests use the larger of
/// the two (a cluster-robust SE from few clusters can be small by chance).</param>
/// <param name="Scores">Marks of the judge that other judges also gave.</param>
/// <param name="Sheets">Projects among them (the clusters); tests use t on Sheets − 1 degrees of freedom.</param>
/// <param name="SpreadRatio">SD of the judge's centred marks over the SD of the other judges' marks on the same
/// projects and criteria, each of them centred within criterion over those cells: below 1 when the judge
/// compresses the scale; <see cref="double.NaN"/> when the others give no within-criterion spread to compare with.</param>
/// <param name="ResidualSd">SD of the judge's residuals from the slope fit (m − K − 1 degrees of freedom).</param>
/// <param name="LogResidualVarianceSe">Standard error of ln(ResidualSd²): the cluster-robust one (delta method over
/// sheets), at least the normal-theory √(2 / (m − K − 1)).</param>
public sealed record JudgeScaleUse(
    int Judge,
    double Slope,
    double StandardError,
    double OlsStandardError,
    int Scores,
    int Sheets,
    double SpreadRatio,
    double ResidualSd,
    double LogResidualVarianceSe);
