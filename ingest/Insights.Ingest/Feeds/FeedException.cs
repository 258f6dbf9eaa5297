using Insights.Ingest.Reading;
using Insights.Model;

namespace Insights.Ingest.Feeds;

/// <summary>
/// A file of a feed that cannot be landed at all (its rows are not landed; the other files are). Header names from
/// the file are in its messages: they are escaped (<see cref="DisplayText"/>), so they are safe to print.
/// </summary>
/// <param name="messageZh">What is wrong, Chinese.</param>
/// <param name="messageEn">What is wrong, English.</param>
public sealed class FeedException(string messageZh, string messageEn)
    : BilingualException(DisplayText.Escape(messageZh), DisplayText.Escape(messageEn))
{
    /// <summary>
    /// Whether the header fits no feed (or not the layout): another row may be the header, when the first rows are a
    /// title. False when a feed recognised the file and refuses it.
    /// </summary>
    public bool NoFit { get; init; }
}
