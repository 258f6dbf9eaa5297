using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Insights.Ingest.Reading;

/// <summary>
/// Reads one worksheet of an XLSX workbook with the Open XML SDK's SAX-style <see cref="OpenXmlReader"/>, so a large
/// sheet is streamed rather than loaded. Cells are shared strings, inline strings, formula results (the cached value,
/// never evaluated), numbers as written, booleans as <c>true</c>/<c>false</c>; a number styled as a date is given as
/// <c>yyyy-MM-dd</c> (or <c>yyyy-MM-dd HH:mm:ss</c> when the style shows the time). The header is the first non-empty
/// row.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private readonly XlsxDateStyles _styles;
    private readonly bool _date1904;
    private readonly int _maxCellLength;
    private readonly List<(int Column, string? Value)> _cells = [];
    private readonly StringBuilder _inline = new();
    private readonly string[] _header;
    private long _rowNumber;

    private XlsxTableReader(string path, FileStream file, TableReadOptions options)
        : base(path, "xlsx", null, file.Length)
    {
        _file = file;
        _maxCellLength = options.MaxCellLength;
        _document = SpreadsheetDocument.Open(file, isEditable: false);
        try
        {
            var workbook = _document.WorkbookPart
                ?? throw new SourceFileException(path, "不是有效的 XLSX 文件：缺少工作簿", "not a valid XLSX file: there is no workbook part");
            var worksheet = FindWorksheet(workbook, options.Sheet);
            _date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
            _sharedStrings = XlsxText.SharedStrings(workbook.SharedStringTablePart);
            _styles = XlsxDateStyles.Read(workbook.WorkbookStylesPart);
            _reader = OpenXmlReader.Create(worksheet);
            _header = ReadHeader();
            Header = _header;
        }
        catch
        {
            _reader?.Dispose();
            _document.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override long BytesRead => _file.CanSeek ? _file.Position : Length;

    /// <summary>Opens <paramref name="file"/> (owned by the reader from here on) as XLSX.</summary>
    internal static XlsxTableReader Open(string path, FileStream file, TableReadOptions options) => new(path, file, options);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            _document.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private protected override IEnumerable<SourceRow> ReadRowsCore()
    {
        while (Next() is { } row)
        {
            yield return row;
        }
    }

    private WorksheetPart FindWorksheet(WorkbookPart workbook, string? name)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var names = string.Join("、", sheets.Select(s => s.Name?.Value));
        foreach (var sheet in sheets)
        {
            var matches = name is null || string.Equals(HeaderNames.Normalize(sheet.Name?.Value), HeaderNames.Normalize(name), StringComparison.OrdinalIgnoreCase);
            if (matches && sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                return worksheet;
            }
        }

        throw name is null
            ? new SourceFileException(Path, "工作簿中没有工作表", "the workbook has no worksheet")
            : new SourceFileException(Path, $"找不到工作表“{name}”（现有：{names}）", $"there is no worksheet \"{name}\" (the workbook has: {names})");
    }

    private string[] ReadHeader()
    {
        while (ReadRow())
        {
            var width = 0;
            foreach (var (column, value) in _cells)
            {
                width = CellText.IsBlank(value) ? width : Math.Max(width, column + 1);
            }

            if (width == 0)
            {
                continue;
            }

            var names = new string?[width];
            foreach (var (column, value) in _cells)
            {
                if (column < width)
                {
                    names[column] = value;
                }
            }

            return HeaderNames.Build(names, Path, _rowNumber, dropTrailingEmpty: true);
        }

        throw new SourceFileException(Path, "工作表为空：没有表头行", "the worksheet is empty: there is no header row");
    }

    private SourceRow? Next()
    {
        try
        {
            while (ReadRow())
            {
                if (Build() is { } row)
                {
                    return row;
                }
            }

            return null;
        }
        catch (SourceFileException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new SourceFileException(
                Path, "XLSX 文件已损坏，无法继续读取：" + e.Message, "the XLSX file is damaged and cannot be read further: " + e.Message, _rowNumber, null, e);
        }
    }

    private SourceRow? Build()
    {
        var columns = _header.Length;
        var cells = new string?[columns];
        var any = false;
        var extra = false;
        foreach (var (column, value) in _cells)
        {
            if (column < columns)
            {
                cells[column] = value;
                any |= !string.IsNullOrEmpty(value);
            }
            else
            {
                extra |= !CellText.IsBlank(value);
            }
        }

        if (!any && !extra)
        {
            return null;
        }

        RowProblem? problem = null;
        if (extra)
        {
            var values = string.Join(", ", _cells.Where(c => !CellText.IsBlank(c.Value)).Select(c => c.Value));
            problem = RowProblems.TooManyFields(_cells.Max(c => c.Column) + 1, columns, values);
        }

        for (var i = 0; i < columns && problem is null; i++)
        {
            if (CellText.HasInvalid(cells[i]))
            {
                problem = RowProblems.InvalidCharacters(_header[i], cells[i]);
            }
        }

        for (var i = 0; i < columns; i++)
        {
            if (cells[i] is { } value && value.Length > _maxCellLength)
            {
                problem ??= RowProblems.TooLong(_header[i], value.Length, _maxCellLength, value);
                cells[i] = CellText.Truncate(value, _maxCellLength);
            }
        }

        return new SourceRow(_rowNumber, cells, problem);
    }

    /// <summary>Reads the next <c>row</c> element into <see cref="_cells"/>; false at the end of the sheet.</summary>
    private bool ReadRow()
    {
        var inRow = false;
        var cursor = 0;
        string? type = null, value = null;
        int style = -1, column = -1;
        bool hasInline = false, inInline = false, inPhonetic = false;
        while (_reader.Read())
        {
            var element = _reader.ElementType;
            if (element == typeof(Row))
            {
                if (_reader.IsStartElement)
                {
                    inRow = true;
                    cursor = 0;
                    _cells.Clear();
                    var r = Attribute("r");
                    _rowNumber = XlsxText.RowNumber(r) ?? _rowNumber + 1;
                }
                else if (_reader.IsEndElement && inRow)
                {
                    return true;
                }
            }
            else if (!inRow)
            {
                continue;
            }
            else if (element == typeof(Cell))
            {
                if (_reader.IsStartElement)
                {
                    (type, style, column) = (null, -1, -1);
                    foreach (var attribute in _reader.Attributes)
                    {
                        switch (attribute.LocalName)
                        {
                            case "r":
                                column = XlsxText.Column(attribute.Value);
                                break;
                            case "t":
                                type = attribute.Value;
                                break;
                            case "s":
                                style = int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;
                                break;
                            default:
                                break;
                        }
                    }

                    column = column < 0 ? cursor : column;
                    (value, hasInline, inInline, inPhonetic) = (null, false, false, false);
                    _inline.Clear();
                }
                else if (_reader.IsEndElement)
                {
                    _cells.Add((column, Resolve(type, style, value, hasInline, column)));
                    cursor = column + 1;
                }
            }
            else if (element == typeof(CellValue) && _reader.IsStartElement)
            {
                value = _reader.GetText();
            }
            else if (element == typeof(InlineString))
            {
                inInline = _reader.IsStartElement;
                hasInline = true;
            }
            else if (element == typeof(PhoneticRun))
            {
                inPhonetic = _reader.IsStartElement;
            }
            else if (element == typeof(Text) && _reader.IsStartElement && inInline && !inPhonetic)
            {
                _inline.Append(_reader.GetText());
            }
        }

        return false;
    }

    private string? Attribute(string localName)
    {
        foreach (var attribute in _reader.Attributes)
        {
            if (attribute.LocalName == localName)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private string? Resolve(string? type, int style, string? value, bool hasInline, int column)
    {
        switch (type)
        {
            case "s":
                if (value is null)
                {
                    return null;
                }

                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Count)
                {
                    throw new SourceFileException(
                        Path, $"共享字符串索引“{value}”无效", $"invalid shared string index \"{value}\"", _rowNumber, ColumnName(column));
                }

                return _sharedStrings[index];
            case "inlineStr":
                return hasInline ? XlsxText.Unescape(_inline.ToString()) : value;
            case "str":
                return value is null ? null : XlsxText.Unescape(value);
            case "b":
                return value switch { "1" => "true", "0" => "false", _ => value };
            case "e" or "d":
                return value;
            default:
                // A number. A formula is never evaluated: its cached <v> is the value, and without one the cell is null.
                return string.IsNullOrEmpty(value) ? null : Number(value, style);
        }
    }

    private string Number(string value, int style)
    {
        var kind = _styles.Kind(style);
        if (kind != XlsxDateStyles.DateKind.None
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && ExcelSerial.TryToDateTime(_date1904 ? serial + ExcelSerial.Offset1904 : serial, out var dateTime))
        {
            return kind == XlsxDateStyles.DateKind.Date
                ? dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        return value;
    }

    private string? ColumnName(int column) => _header is not null && column < _header.Length ? _header[column] : null;
}
