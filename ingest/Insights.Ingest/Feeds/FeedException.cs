using Insights.Ingest.Reading;

namespace Insights.Ingest.Feeds;

/// <summary>A file of a feed that cannot be landed at all (its rows are not landed; the other files are).</summary>
public sealed class FeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageZh">What is wrong, Chinese.</param>
    /// <param name="messageEn">What is wrong, English.</param>
    public FeedException(string messageZh, string messageEn)
        : base(DisplayText.Escape(messageZh) + " / " + DisplayText.Escape(messageEn))
    {
        // Header names from the file are in these messages: escaped, they are safe to print.
        MessageZh = DisplayText.Escape(messageZh);
        MessageEn = DisplayText.Escape(messageEn);
    }

    /// <summary>
    /// Whether the header fits no feed (or not the layout): another row may be the header, when the first rows are a
    /// title. False when a feed recognised the file and refuses it.
    /// </summary>
    public bool NoFit { get; init; }

    /// <summary>What is wrong, Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong, English.</summary>
    public string MessageEn { get; }
}
