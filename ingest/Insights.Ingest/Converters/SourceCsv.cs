using System.Globalization;
using nietras.SeparatedValues;

namespace Insights.Ingest.Converters;

/// <summary>
/// One comma-separated source file of a converter, read with Sep (RFC 4180 quotes unescaped): checks that the file
/// and its columns exist and gives field access whose errors name the file, line and column in Chinese and English.
/// </summary>
internal sealed class SourceCsv : IDisposable
{
    private readonly SepReader _reader;
    private readonly int _width;

    /// <summary>Opens <paramref name="fileName"/> in <paramref name="folder"/> and checks the header.</summary>
    /// <param name="folder">The source folder.</param>
    /// <param name="fileName">The file's name inside the folder (used in messages).</param>
    /// <param name="requiredColumns">Columns that must be in the header.</param>
    /// <exception cref="ConversionException">The file is missing, empty or lacks a column.</exception>
    public SourceCsv(string folder, string fileName, params string[] requiredColumns)
    {
        FileName = fileName;
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            throw new ConversionException(fileName, null, null, $"找不到文件 {path}", $"file not found: {path}");
        }

        _reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, DisableFastFloat = true }).FromFile(path);
        if (_reader.Header.IsEmpty)
        {
            _reader.Dispose();
            throw new ConversionException(fileName, 1, null, "文件为空，没有表头", "the file is empty: no header row");
        }

        _width = _reader.Header.ColNames.Count;
        foreach (var column in requiredColumns)
        {
            if (!_reader.Header.TryIndexOf(column, out _))
            {
                _reader.Dispose();
                throw new ConversionException(fileName, 1, column,
                    $"表头缺少列“{column}”（现有列：{string.Join(", ", _reader.Header.ColNames)}）",
                    $"the header has no column '{column}' (columns: {string.Join(", ", _reader.Header.ColNames)})");
            }
        }
    }

    /// <summary>The file's name inside the source folder.</summary>
    public string FileName { get; }

    /// <summary>The reader; enumerate it for the data rows.</summary>
    public SepReader Reader => _reader;

    /// <summary>Blank lines met (ignored; they hold no score).</summary>
    public long BlankLines { get; private set; }

    /// <summary>The index of a column the constructor checked.</summary>
    /// <param name="column">The column name.</param>
    public int Column(string column) => _reader.Header.IndexOf(column);

    /// <summary>
    /// True for a data row to read; false for a blank line (counted in <see cref="BlankLines"/>). Throws when the row
    /// has a different number of fields than the header.
    /// </summary>
    /// <param name="row">The row.</param>
    public bool IsData(SepReader.Row row)
    {
        if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
        {
            BlankLines++;
            return false;
        }

        if (row.ColCount != _width)
        {
            throw Error(row, null, $"该行有 {row.ColCount} 个字段，表头有 {_width} 列", $"the row has {row.ColCount} fields but the header has {_width} columns");
        }

        return true;
    }

    /// <summary>A field's text, trimmed (may be empty).</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column index.</param>
    public static string Text(SepReader.Row row, int column) => row[column].Span.Trim().ToString();

    /// <summary>A field's text, trimmed; throws when empty.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column index.</param>
    public string Required(SepReader.Row row, int column)
    {
        var text = Text(row, column);
        return text.Length > 0 ? text : throw Error(row, column, "不能为空", "must not be empty");
    }

    /// <summary>A field as a number (invariant culture); null when empty; throws when not a number.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column index.</param>
    public double? Number(SepReader.Row row, int column)
    {
        var span = row[column].Span.Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        return double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(row, column, $"“{span}”不是数字", $"'{span}' is not a number");
    }

    /// <summary>An error about a row (and a column), naming the file and line.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column index, or null for the whole row.</param>
    /// <param name="zh">What is wrong, in Chinese.</param>
    /// <param name="en">What is wrong, in English.</param>
    public ConversionException Error(SepReader.Row row, int? column, string zh, string en) =>
        new(FileName, row.LineNumberFrom, column is { } c ? _reader.Header.ColNames[c] : null, zh, en);

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
