using System.IO.Hashing;
using System.Runtime.InteropServices;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Lake;
using Insights.Ingest.Privacy;

namespace Insights.Ingest.Feeds;

/// <summary>
/// What a feed needs to land the rows of one file: the season views, the default season, duplicate-key detection
/// within the file, the personal-data protector, warnings, and the batch sink its rows go to.
/// </summary>
public sealed class LandingContext
{
    private readonly Func<string, SeasonReference> _season;
    private readonly KeySet _keys = new();
    private char[] _keyBuffer = new char[256];
    private readonly Dictionary<string, (long Count, string Zh, string En)> _warnings = new(StringComparer.Ordinal);
    private SeasonReference? _lastSeason;

    private readonly List<Pipeline.QuarantineSample> _cellSamples = [];

    internal LandingContext(BatchSink sink, string defaultSeason, Func<string, SeasonReference> season, PersonalDataProtector protector, string fileName, string feedId = "")
    {
        FeedId = feedId;
        Sink = sink;
        DefaultSeason = defaultSeason;
        _season = season;
        Protector = protector;
        FileName = fileName;
    }

    /// <summary>Where the rows go.</summary>
    public BatchSink Sink { get; }

    /// <summary>The season of rows that do not name one (<c>--season</c>).</summary>
    public string DefaultSeason { get; }

    /// <summary>Hashes and masks personal data.</summary>
    public PersonalDataProtector Protector { get; }

    /// <summary>The source file's name (feeds may take a stage hint from it).</summary>
    public string FileName { get; }

    /// <summary>The feed of the file (written with each quarantined cell).</summary>
    public string FeedId { get; }

    /// <summary>Cells (marks) quarantined alone, their row landed: see <see cref="QuarantineCell"/>.</summary>
    public long CellsQuarantined { get; private set; }

    /// <summary>The first quarantined cells, for the report.</summary>
    public IReadOnlyList<Pipeline.QuarantineSample> CellSamples => _cellSamples;

    /// <summary>
    /// Quarantines one cell of a row whose other cells land (a mark of a review sheet that is not a number): written to
    /// the quarantine with its column and scope <c>cell</c>, counted in <see cref="CellsQuarantined"/>, not in the rows.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="season">The row's season.</param>
    /// <param name="column">The cell's header.</param>
    /// <param name="value">The cell's value.</param>
    /// <param name="zh">Why, Chinese.</param>
    /// <param name="en">Why, English.</param>
    public void QuarantineCell(FeedRow row, string season, string column, string? value, string zh, string en)
    {
        value ??= string.Empty;
        if (value.Length > 200)
        {
            value = value[..200];
        }

        CellsQuarantined++;
        var q = Sink.Row(LakeDatasets.Quarantine, season, row.RowNumber);
        q.Set(QuarantineColumns.Feed, FeedId);
        q.Set(QuarantineColumns.SourceColumn, column);
        q.Set(QuarantineColumns.Value, value);
        q.Set(QuarantineColumns.ReasonZh, zh);
        q.Set(QuarantineColumns.ReasonEn, en);
        q.Set(QuarantineColumns.Scope, "cell");
        if (_cellSamples.Count < 20)
        {
            _cellSamples.Add(new Pipeline.QuarantineSample(row.RowNumber, column, value, zh, en));
        }
    }

    /// <summary>Lake rows written.</summary>
    public long LakeRows { get; private set; }

    /// <summary>Warnings so far: code, count and bilingual message.</summary>
    public IReadOnlyDictionary<string, (long Count, string Zh, string En)> Warnings => _warnings;

    /// <summary>The view of a season (cached).</summary>
    /// <param name="id">Season id.</param>
    public SeasonReference Season(string id)
    {
        if (_lastSeason?.Id == id)
        {
            return _lastSeason;
        }

        _lastSeason = _season(id);
        return _lastSeason;
    }

    /// <summary>Starts a lake row of a dataset (lineage set) and returns the buffer to fill.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="season">The row's season.</param>
    /// <param name="row">The source row.</param>
    public RowBuffer Land(LakeDataset dataset, string season, FeedRow row)
    {
        LakeRows++;
        return Sink.Row(dataset, season, row.RowNumber);
    }

    /// <summary>
    /// Whether this key was already seen in the file; records a "duplicate key" problem on the row if so.
    /// Keys are kept as 128-bit hashes (XxHash128, see <see cref="KeySet"/>) so memory stays small for files of millions of rows.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="parts">The key's parts.</param>
    public bool IsDuplicate(FeedRow row, params ReadOnlySpan<string?> parts)
    {
        if (_keys.Add(KeyHash(parts)))
        {
            return false;
        }

        row.RejectColumn(string.Empty, string.Join(" | ", parts.ToArray()), "重复的记录（同一键在本文件中已出现）", "duplicate key (the same key already appears in this file)");
        return true;
    }

    /// <summary>
    /// Records a key as seen without a row: the bulk path, which lands the first row of a key in SQL, hands the later
    /// rows of that key to <see cref="Feed.Land"/>, which then finds them duplicates with the same message.
    /// </summary>
    /// <param name="parts">The key's parts.</param>
    public void Remember(params ReadOnlySpan<string?> parts) => _keys.Add(KeyHash(parts));

    // One hash over the parts joined by a unit separator (nulls as NUL), built in a reused buffer.
    private UInt128 KeyHash(ReadOnlySpan<string?> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += (part?.Length ?? 1) + 1;
        }

        if (_keyBuffer.Length < length)
        {
            _keyBuffer = new char[Math.Max(length, _keyBuffer.Length * 2)];
        }

        var at = 0;
        foreach (var part in parts)
        {
            (part ?? "\u0000").CopyTo(_keyBuffer.AsSpan(at));
            at += part?.Length ?? 1;
            _keyBuffer[at++] = '\u001F';
        }

        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(_keyBuffer.AsSpan(0, at)));
    }

    /// <summary>Sizes the duplicate-key set for the rows a file is expected to hold.</summary>
    /// <param name="rows">Expected rows (an estimate from the bytes read so far).</param>
    public void ExpectRows(long rows) => _keys.Reserve(rows);

    /// <summary>Counts a warning: something worth knowing that does not stop a row.</summary>
    /// <param name="code">Warning code.</param>
    /// <param name="zh">Message, Chinese.</param>
    /// <param name="en">Message, English.</param>
    public void Warn(string code, string zh, string en) => Warn(code, zh, en, 1);

    /// <summary>Counts a warning for several rows at once (the bulk path counts the rows it landed in SQL).</summary>
    /// <param name="code">Warning code.</param>
    /// <param name="zh">Message, Chinese.</param>
    /// <param name="en">Message, English.</param>
    /// <param name="count">Rows it applies to.</param>
    public void Warn(string code, string zh, string en, long count)
    {
        if (count > 0)
        {
            _warnings[code] = _warnings.TryGetValue(code, out var w) ? (w.Count + count, w.Zh, w.En) : (count, zh, en);
        }
    }
}
