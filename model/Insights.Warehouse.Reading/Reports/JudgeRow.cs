namespace Insights.Warehouse.Reading.Reports;

/// <summary>A judge in one stage of a track (analytics_judge).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="JudgeId">The judge.</param>
/// <param name="Scores">Marks given.</param>
/// <param name="Projects">Projects scored.</param>
/// <param name="MeanScore">Mean of the judge's totals of his projects, in points of the 100-point total (rpt_judge).</param>
/// <param name="Severity">Severity in points of the 100-point total (positive = harsher), if fitted (rpt_judge).</param>
/// <param name="SeveritySe">Its standard error.</param>
/// <param name="Infit">Infit mean-square.</param>
/// <param name="Outfit">Outfit mean-square.</param>
/// <param name="AnomalyScore">The judge-profile anomaly score (docs/methods/anomaly-score.md; a signal, never a finding).</param>
/// <param name="Flags">Finding kinds naming the judge, ";"-separated.</param>
public sealed record JudgeRow(
    string Stage, string JudgeId, int Scores, int Projects, double? MeanScore, double? Severity, double? SeveritySe, double? Infit, double? Outfit, double? AnomalyScore, string Flags)
{
    /// <summary>Lower end of the 95 % interval (severity − 1.96 SE).</summary>
    public double? Lower => Severity - (1.96 * SeveritySe);

    /// <summary>Upper end of the 95 % interval (severity + 1.96 SE).</summary>
    public double? Upper => Severity + (1.96 * SeveritySe);
}
