namespace Insights.Reports;

/// <summary>A finalist's preliminary and final raw means and its probability of keeping its tier.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Preliminary">Preliminary raw mean.</param>
/// <param name="Final">Final raw mean.</param>
/// <param name="FinalRank">Final rank.</param>
/// <param name="KeepsTier">P(keeps tier) in the judge resamples of its own panel (optimistic).</param>
/// <param name="KeepsTierFresh">P(same tier) before a fresh panel of new judges (calibrated); null when not estimated.</param>
public sealed record ReportFinalist(string ProjectId, double? Preliminary, double? Final, int? FinalRank, double? KeepsTier, double? KeepsTierFresh = null)
{
    /// <summary>The probability the report judges stability by: the fresh panel's where estimated, else the resamples'.</summary>
    public double? Stability => KeepsTierFresh ?? KeepsTier;
}
