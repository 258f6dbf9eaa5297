using Insights.Ingest.Datasets;

namespace Insights.Ingest.Feeds;

/// <summary>
/// A kind of source file (registration export, score sheet, award list...): which fields it has, how its header
/// is recognised, and how one of its rows is checked and landed in a lake dataset.
/// </summary>
public abstract class Feed
{
    private IReadOnlyList<IReadOnlySet<string>>? _aliases;

    /// <summary>Feed id, e.g. <c>teams</c>; also the first column of the alias table.</summary>
    public abstract string Id { get; }

    /// <summary>What the feed is, in Chinese.</summary>
    public abstract string NameZh { get; }

    /// <summary>What the feed is, in English.</summary>
    public abstract string NameEn { get; }

    /// <summary>The lake dataset its rows land in.</summary>
    public abstract LakeDataset Dataset { get; }

    /// <summary>
    /// Whether the feed carries outside data (the generic long score CSV, review sheets of any competition), which may
    /// start a season of its own; the other feeds are the notice's export formats, whose seasons have reference data.
    /// </summary>
    public virtual bool IsOutsideData => false;

    /// <summary>The fields it reads.</summary>
    public abstract IReadOnlyList<FeedField> Fields { get; }

    /// <summary>
    /// Binds a header to the feed: every required field must be present. Returns null when the file is not of
    /// this feed.
    /// </summary>
    /// <param name="header">The file's normalized header.</param>
    /// <param name="fileName">The file's name, for feeds that take a hint from it.</param>
    public virtual FeedBinding? Bind(IReadOnlyList<string> header, string fileName)
    {
        var columns = BindFields(header);
        for (var f = 0; f < Fields.Count; f++)
        {
            if (Fields[f].Required && columns[f] < 0)
            {
                return null;
            }
        }

        return new FeedBinding(this, header, columns);
    }

    /// <summary>The required fields the header lacks, for the message when no feed fits a file.</summary>
    /// <param name="header">The file's header.</param>
    public IReadOnlyList<string> MissingRequired(IReadOnlyList<string> header)
    {
        var columns = BindFields(header);
        return [.. Fields.Where((f, i) => f.Required && columns[i] < 0).Select(f => f.Name)];
    }

    /// <summary>
    /// What a later file of the same feed and season replaces: by default the feed itself; score feeds add the stage
    /// when the file holds one stage only.
    /// </summary>
    /// <param name="binding">The file's binding.</param>
    public virtual string SupersedeKey(FeedBinding binding) => Id;

    /// <summary>Checks one row and lands it (or quarantines it, with the reason).</summary>
    /// <param name="row">The row, seen through the file's binding.</param>
    /// <param name="context">The landing context: season lookups, duplicate keys, the sink.</param>
    public abstract void Land(FeedRow row, LandingContext context);

    /// <summary>Column indexes of every field in a header, -1 where absent.</summary>
    /// <param name="header">A header.</param>
    protected int[] BindFields(IReadOnlyList<string> header)
    {
        _aliases ??= [.. Fields.Select(f => HeaderAliases.For(Id, f.Name))];
        var normalized = header.Select(HeaderAliases.Normalize).ToArray();
        var columns = new int[Fields.Count];
        for (var f = 0; f < Fields.Count; f++)
        {
            columns[f] = Array.FindIndex(normalized, h => _aliases[f].Contains(h));
        }

        return columns;
    }
}
