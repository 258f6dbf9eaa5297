using System.Globalization;
using System.Text;
using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// Streams the rows of one worksheet part as (column, text) cells: shared and inline strings, the cached value of
/// formula cells (never evaluated), numbers as written or as dates when their style is a date, booleans as
/// <c>true</c>/<c>false</c>. Every row is checked as it is read against the <see cref="TableReadOptions"/> limits:
/// rows, cells per row and the column a reference names (<see cref="TableReadOptions.MaxColumns"/>), and the characters
/// of the row (<see cref="TableReadOptions.MaxRecordLength"/>), so a row costs bounded memory whatever the sheet holds.
/// </summary>
internal sealed class XlsxSheetRows : IDisposable
{
    private readonly XlsxPartReader _part;
    private readonly string _sheet;
    private readonly TableReadOptions _options;
    private readonly List<string> _shared;
    private readonly XlsxDateStyles _styles;
    private readonly bool _date1904;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _valueText = new();
    private readonly string _row, _cell, _value, _inline, _run, _phonetic;
    private long _rowsRead;
    private long _rowChars;

    internal XlsxSheetRows(XlsxPartReader part, XlsxWorkbook workbook, List<string> shared, XlsxDateStyles styles, TableReadOptions options)
    {
        (_part, _sheet, _shared, _styles, _date1904, _options) = (part, workbook.SheetName, shared, styles, workbook.Date1904, options);
        (_row, _cell, _value, _inline, _run, _phonetic) = (part.Atom("row"), part.Atom("c"), part.Atom("v"), part.Atom("is"), part.Atom("t"), part.Atom("rPh"));
    }

    /// <summary>The cells of the row read last, in file order.</summary>
    internal List<(int Column, string? Value)> Cells { get; } = [];

    /// <summary>The row read last: its <c>r</c> attribute, or one more than the row before.</summary>
    internal long RowNumber { get; private set; }

    /// <summary>The header, once known: names the column in the messages.</summary>
    internal string[]? Header { get; set; }

    /// <summary>Reads the next <c>row</c> element into <see cref="Cells"/>; false at the end of the sheet.</summary>
    /// <exception cref="SourceFileException">The row is over a limit, or names a shared string the table lacks.</exception>
    internal bool ReadRow()
    {
        var xml = _part.Xml;
        var inRow = false;
        var inCell = false;
        var cursor = 0;
        string? type = null, value = null, reference = null;
        int style = -1, column = -1;
        bool hasInline = false, inInline = false, inPhonetic = false;
        while (_part.Read())
        {
            var name = xml.LocalName;
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if ((object)name == _cell && inCell)
                {
                    Add(column, reference, Resolve(type, style, value, hasInline, column));
                    (cursor, inCell) = (column + 1, false);
                }
                else if ((object)name == _row && inRow)
                {
                    return true;
                }

                inInline &= (object)name != _inline;
                inPhonetic &= (object)name != _phonetic;
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if ((object)name == _row)
            {
                StartRow();
                inRow = true;
                cursor = 0;
                if (xml.IsEmptyElement)
                {
                    return true;
                }
            }
            else if (inRow && (object)name == _cell)
            {
                (type, style, reference) = (_part.Attribute("t"), Style(_part.Attribute("s")), _part.Attribute("r"));
                column = XlsxText.Column(reference) is var c && c >= 0 ? c : cursor;
                CheckCell(column, reference);
                (value, hasInline, inInline, inPhonetic) = (null, false, false, false);
                _text.Clear();
                inCell = !xml.IsEmptyElement;
                if (!inCell)
                {
                    Add(column, reference, Resolve(type, style, null, false, column));
                    cursor = column + 1;
                }
            }
            else if (inCell && (object)name == _value)
            {
                _valueText.Clear();
                ReadText(_valueText, column, reference);
                value = _valueText.ToString();
            }
            else if (inCell && (object)name == _inline)
            {
                (inInline, hasInline) = (!xml.IsEmptyElement, true);
            }
            else if (inCell && (object)name == _phonetic)
            {
                inPhonetic = !xml.IsEmptyElement;
            }
            else if (inInline && !inPhonetic && (object)name == _run)
            {
                ReadText(_text, column, reference);
            }
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => _part.Dispose();

    private static int Style(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : -1;

    private void StartRow()
    {
        Cells.Clear();
        _rowChars = 0;
        RowNumber = XlsxText.RowNumber(_part.Attribute("r")) ?? RowNumber + 1;
        if (++_rowsRead > _options.MaxXlsxRows || RowNumber > _options.MaxXlsxRows)
        {
            throw Refuse(
                $"工作表“{_sheet}”的行数或行号超过 {ReadLimits.N(_options.MaxXlsxRows)}",
                $"the sheet \"{_sheet}\" has more rows, or a higher row number, than {ReadLimits.N(_options.MaxXlsxRows)}",
                ReadLimits.N(_options.MaxXlsxRows),
                null);
        }
    }

    /// <summary>A cell may not lie past the last column, nor be one too many for its row (a reference can repeat).</summary>
    private void CheckCell(int column, string? reference)
    {
        var max = _options.MaxColumns;
        var row = ReadLimits.N(RowNumber);
        if (column >= max)
        {
            var cell = reference ?? XlsxText.Reference(column, RowNumber);
            throw Refuse(
                $"工作表“{_sheet}”第 {row} 行的单元格 {cell} 超出最后一列（最多 {ReadLimits.N(max)} 列；Excel 的最后一列是 XFD）",
                $"cell {cell} in row {row} of the sheet \"{_sheet}\" lies past the last column (at most {ReadLimits.N(max)} columns; Excel's last is XFD)",
                ReadLimits.N(max),
                null);
        }

        if (Cells.Count >= max)
        {
            throw Refuse(
                $"工作表“{_sheet}”第 {row} 行的单元格多于 {ReadLimits.N(max)} 个",
                $"row {row} of the sheet \"{_sheet}\" has more than {ReadLimits.N(max)} cells",
                ReadLimits.N(max),
                null);
        }
    }

    /// <summary>Reads an element's text into <paramref name="into"/> within what is left of the row's character budget.</summary>
    private void ReadText(StringBuilder into, int column, string? reference)
    {
        var room = _options.MaxRecordLength - _rowChars - into.Length;
        if (_part.ReadText(into, room, room) > room)
        {
            throw TooLong(column, reference);
        }
    }

    private void Add(int column, string? reference, string? value)
    {
        _rowChars += value?.Length ?? 0;
        if (_rowChars > _options.MaxRecordLength)
        {
            throw TooLong(column, reference);
        }

        Cells.Add((column, value));
    }

    private SourceFileException TooLong(int column, string? reference) => Refuse(
        $"工作表“{_sheet}”第 {ReadLimits.N(RowNumber)} 行（到单元格 {reference ?? XlsxText.Reference(column, RowNumber)} 为止）长于 {ReadLimits.N(_options.MaxRecordLength)} 个字符",
        $"row {ReadLimits.N(RowNumber)} of the sheet \"{_sheet}\" is longer than {ReadLimits.N(_options.MaxRecordLength)} characters (by cell {reference ?? XlsxText.Reference(column, RowNumber)})",
        ReadLimits.N(_options.MaxRecordLength),
        ColumnName(column));

    private SourceFileException Refuse(string zh, string en, string limit, string? column) =>
        ReadLimits.Exceeded(_part.Path, zh, en, limit, RowNumber, column);

    private string? Resolve(string? type, int style, string? value, bool hasInline, int column)
    {
        switch (type)
        {
            case "s":
                if (value is null)
                {
                    return null;
                }

                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _shared.Count)
                {
                    throw new SourceFileException(
                        _part.Path, $"共享字符串索引“{CellText.Truncate(value, 40)}”无效", $"invalid shared string index \"{CellText.Truncate(value, 40)}\"", RowNumber, ColumnName(column));
                }

                return _shared[index];
            case "inlineStr":
                return hasInline ? XlsxText.Unescape(_text.ToString()) : value;
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

    private string? ColumnName(int column) => Header is { } header && column >= 0 && column < header.Length ? header[column] : null;
}
