namespace Insights.Ingest.Converters;

/// <summary>Counts the scores a converter leaves out, per reason, with the first few places as examples.</summary>
internal sealed class SkipLog
{
    private const int MaxExamples = 3;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Scores skipped, all reasons.</summary>
    public long Total { get; private set; }

    /// <summary>Counts <paramref name="scores"/> skipped scores for a reason.</summary>
    /// <param name="reasonZh">The reason, in Chinese.</param>
    /// <param name="reasonEn">The reason, in English.</param>
    /// <param name="scores">How many scores.</param>
    /// <param name="where">Where (file and line), kept for the first few.</param>
    public void Add(string reasonZh, string reasonEn, long scores, string where)
    {
        var key = reasonZh + " / " + reasonEn;
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = new Entry();
            _entries[key] = entry;
            _order.Add(key);
        }

        entry.Count += scores;
        if (entry.Examples.Count < MaxExamples)
        {
            entry.Examples.Add(where);
        }

        Total += scores;
    }

    /// <summary>One note per reason: count, reason and examples.</summary>
    public IEnumerable<string> Notes() =>
        _order.Select(key => $"跳过/skipped {_entries[key].Count}: {key} (例/e.g. {string.Join("; ", _entries[key].Examples)})");

    private sealed class Entry
    {
        public long Count { get; set; }

        public List<string> Examples { get; } = [];
    }
}
