namespace Insights.Reports;

/// <summary>A judge's severity in one stage of a track (analytics_judge).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="JudgeId">The judge.</param>
/// <param name="Scores">Marks given.</param>
/// <param name="Severity">Severity in score points (positive = harsher).</param>
/// <param name="Se">Its standard error.</param>
/// <param name="Flags">Finding kinds naming the judge, ";"-separated.</param>
public sealed record ReportJudge(string Stage, string JudgeId, int Scores, double Severity, double Se, string Flags)
{
    /// <summary>Lower end of the 95 % interval.</summary>
    public double Lower => Severity - (1.96 * Se);

    /// <summary>Upper end of the 95 % interval.</summary>
    public double Upper => Severity + (1.96 * Se);
}
