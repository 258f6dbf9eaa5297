namespace Insights.Ingest.Feeds;

/// <summary>Where each field of a feed is in one file's header.</summary>
public class FeedBinding
{
    /// <summary>Creates a binding.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="header">The file's header.</param>
    /// <param name="columns">For each of the feed's fields, its column in the header, or -1.</param>
    public FeedBinding(Feed feed, IReadOnlyList<string> header, int[] columns)
    {
        Feed = feed;
        Header = header;
        Columns = columns;
    }

    /// <summary>The feed.</summary>
    public Feed Feed { get; }

    /// <summary>The file's header.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>For each field of the feed, its column in the header, or -1 when the file lacks it.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>How many of the feed's fields the header has: how well the file fits the feed.</summary>
    public virtual int Matched => Columns.Count(c => c >= 0);

    /// <summary>Whether the file has the field.</summary>
    /// <param name="field">Field index in the feed.</param>
    public bool Has(int field) => Columns[field] >= 0;

    /// <summary>The header name of a field's column, or the field name when the file lacks it.</summary>
    /// <param name="field">Field index in the feed.</param>
    public string ColumnName(int field) => Columns[field] >= 0 ? Header[Columns[field]] : Feed.Fields[field].Name;
}
