namespace Insights.Ingest.Pipeline;

/// <summary>One quarantined row, as shown in the run's summary (all of them are in the lake and the warehouse).</summary>
/// <param name="Row">Source row number.</param>
/// <param name="Column">Column at fault ('' for the whole row).</param>
/// <param name="Value">The offending value.</param>
/// <param name="ReasonZh">Why, Chinese.</param>
/// <param name="ReasonEn">Why, English.</param>
public sealed record QuarantineSample(long Row, string Column, string Value, string ReasonZh, string ReasonEn);
