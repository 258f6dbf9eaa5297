namespace Insights.Ingest.Feeds;

/// <summary>A file of a feed that cannot be landed at all (its rows are not landed; the other files are).</summary>
public sealed class FeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="messageZh">What is wrong, Chinese.</param>
    /// <param name="messageEn">What is wrong, English.</param>
    public FeedException(string messageZh, string messageEn)
        : base(messageZh + " / " + messageEn)
    {
        MessageZh = messageZh;
        MessageEn = messageEn;
    }

    /// <summary>What is wrong, Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>What is wrong, English.</summary>
    public string MessageEn { get; }
}
