namespace Insights.Ingest.Reading;

/// <summary>Why a row read from a source file cannot be trusted, in Chinese and English.</summary>
/// <param name="Column">The header name of the offending column, or <c>""</c> when the problem is the whole row.</param>
/// <param name="Value">The offending value (or the row's raw text), truncated to 200 characters.</param>
/// <param name="ReasonZh">What is wrong, in Chinese.</param>
/// <param name="ReasonEn">What is wrong, in English.</param>
public sealed record RowProblem(string Column, string Value, string ReasonZh, string ReasonEn)
{
    /// <summary>The longest <see cref="Value"/> kept.</summary>
    public const int MaxValueLength = 200;
}
