namespace Insights.Analytics.Pipeline.Output;

/// <summary>One row of findings.csv and one analytics row of the warehouse's fact_finding.</summary>
/// <param name="Kind">lenient, harsh, central_tendency, inconsistent, halo, outlier_score, favoritism, collusion, panel_overlap,
/// disconnected, weak_stage_link, drift, rank_reversal or award_unstable.</param>
/// <param name="Level">warning or error.</param>
/// <param name="Season">Season.</param>
/// <param name="Stage">Stage, or empty for findings about a whole track (linking).</param>
/// <param name="Track">Track.</param>
/// <param name="Panel">Panel id where the finding is about one panel.</param>
/// <param name="Judge">Judge id, or "A;B" for a pair (collusion).</param>
/// <param name="Project">Project id, or "A;B" for a pair (rank_reversal).</param>
/// <param name="Criterion">Criterion of an outlying mark (not a findings.csv column; part of the finding's identity).</param>
/// <param name="Statistic">The number behind the finding (severity in points, z, correlation, probability...).</param>
/// <param name="PValue">Its p-value where the method defines one, else NaN.</param>
/// <param name="EvidenceZh">The evidence in Chinese.</param>
/// <param name="EvidenceEn">The evidence in English.</param>
public sealed record FindingRow(
    string Kind,
    string Level,
    string Season,
    string Stage,
    string Track,
    string Panel,
    string Judge,
    string Project,
    string Criterion,
    double Statistic,
    double PValue,
    string EvidenceZh,
    string EvidenceEn);
