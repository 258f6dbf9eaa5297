using System.IO.Compression;

namespace Insights.Ingest.Reading;

/// <summary>
/// The zip package of a workbook, opened for reading within the <see cref="TableReadOptions"/> limits: the number of
/// entries is read from the end of the file before the central directory is loaded; each part is opened as an
/// <see cref="XlsxEntryStream"/> after its declared sizes are checked, and counts what it inflates against one budget
/// for the whole workbook.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>Most entries: what a zip holds without its ZIP64 extension (a workbook has a few dozen).</summary>
    internal const int MaxEntries = ushort.MaxValue;

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _inflated;

    private XlsxPackage(string path, FileStream file, TableReadOptions options)
    {
        Path = path;
        Options = options;
        var count = ZipEntryCount.Read(file);
        if (count > MaxEntries)
        {
            throw ReadLimits.Exceeded(
                path,
                $"zip 包中有 {ReadLimits.N(count)} 个条目",
                $"the zip package has {ReadLimits.N(count)} entries",
                ReadLimits.N(MaxEntries));
        }

        file.Position = 0;
        _zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in _zip.Entries)
        {
            _entries.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }
    }

    /// <summary>The workbook file.</summary>
    internal string Path { get; }

    /// <summary>The limits.</summary>
    internal TableReadOptions Options { get; }

    /// <summary>Opens the package of <paramref name="file"/> (left open: the caller owns it).</summary>
    internal static XlsxPackage Open(string path, FileStream file, TableReadOptions options) => new(path, file, options);

    /// <summary>The entry of a part name (<c>xl/workbook.xml</c>), matched without regard to case as OPC part names are.</summary>
    internal bool Has(string name) => Find(name) is not null;

    /// <summary>Opens a part's XML.</summary>
    /// <param name="name">The part's entry name.</param>
    /// <returns>The part, or null when the package has no such entry.</returns>
    internal XlsxPartReader? OpenPart(string name)
    {
        if (Find(name) is not { } entry)
        {
            return null;
        }

        // The declared sizes first: a bomb that tells the truth is refused before anything is inflated.
        if (entry.Length > XlsxEntryStream.RatioGrace && entry.Length > entry.CompressedLength * Options.MaxXlsxCompressionRatio)
        {
            throw RatioExceeded(entry.FullName, entry.Length, entry.CompressedLength);
        }

        if (_inflated + entry.Length > Options.MaxXlsxUncompressedBytes)
        {
            throw BudgetExceeded(entry.FullName, _inflated + entry.Length);
        }

        var stream = new XlsxEntryStream(entry.Open(), this, entry.FullName, entry.CompressedLength);
        return new XlsxPartReader(stream, Path, entry.FullName);
    }

    /// <summary>Counts inflated bytes against the workbook's budget.</summary>
    internal void Spend(int bytes, string entry)
    {
        _inflated += bytes;
        if (_inflated > Options.MaxXlsxUncompressedBytes)
        {
            throw BudgetExceeded(entry, _inflated);
        }
    }

    /// <summary>The refusal of an entry that inflates too many times its compressed size.</summary>
    internal SourceFileException RatioExceeded(string entry, long inflated, long compressed) => ReadLimits.Exceeded(
        Path,
        $"zip 条目 {entry} 由 {ReadLimits.N(compressed)} 字节解压到 {ReadLimits.N(inflated)} 字节以上，超过压缩前的 {ReadLimits.N(Options.MaxXlsxCompressionRatio)} 倍，是压缩炸弹的特征",
        $"the zip entry {entry} inflates from {ReadLimits.N(compressed)} bytes to {ReadLimits.N(inflated)} or more, over {ReadLimits.N(Options.MaxXlsxCompressionRatio)} times its size: the mark of a zip bomb",
        $"{ReadLimits.N(Options.MaxXlsxCompressionRatio)} : 1");

    /// <summary>The part a relationship target names: relative to the source part's folder, or from the root with '/'.</summary>
    /// <param name="source">The part holding the relationship (<c>xl/workbook.xml</c>; empty for the package).</param>
    /// <param name="target">The relationship's target.</param>
    internal static string Resolve(string source, string target)
    {
        var folder = target.StartsWith('/') ? "" : source[..(source.LastIndexOf('/') + 1)];
        var parts = new List<string>();
        foreach (var part in (folder + target.TrimStart('/')).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The relationships part of a part: <c>xl/_rels/workbook.xml.rels</c> for <c>xl/workbook.xml</c>.</summary>
    internal static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    private ZipArchiveEntry? Find(string name) =>
        _entries.TryGetValue(name, out var entry) || _entries.TryGetValue(Uri.UnescapeDataString(name), out entry) ? entry : null;

    private SourceFileException BudgetExceeded(string entry, long total) => ReadLimits.Exceeded(
        Path,
        $"解压到部件 {entry} 时，工作簿的 XML 已超过 {ReadLimits.N(total)} 字节",
        $"the workbook's XML inflates to more than {ReadLimits.N(total)} bytes by the part {entry}",
        ReadLimits.N(Options.MaxXlsxUncompressedBytes));
}
