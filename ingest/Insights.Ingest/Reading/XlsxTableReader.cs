namespace Insights.Ingest.Reading;

/// <summary>
/// Reads one worksheet of an XLSX workbook, streamed: the zip entries are inflated and parsed as they are read
/// (<see cref="XlsxPackage"/>, <see cref="XlsxSheetRows"/>), never loaded whole, and every part is held to the
/// <see cref="TableReadOptions"/> limits as it is read. Cells are shared strings, inline strings, formula results (the
/// cached value, never evaluated), numbers as written, booleans as <c>true</c>/<c>false</c>; a number styled as a date
/// is given as <c>yyyy-MM-dd</c> (or <c>yyyy-MM-dd HH:mm:ss</c> when the style shows the time). The header is the first
/// non-empty row.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly FileStream _file;
    private readonly XlsxPackage _package;
    private readonly XlsxSheetRows _rows;
    private readonly int _maxCellLength;
    private readonly int _headerRow;
    private readonly string[] _header;

    private XlsxTableReader(string path, FileStream file, TableReadOptions options)
        : base(path, "xlsx", null, file.Length)
    {
        _file = file;
        _maxCellLength = options.MaxCellLength;
        _headerRow = options.HeaderRow;
        _package = XlsxPackage.Open(path, file, options);
        try
        {
            // The shared strings and styles before the sheet: its cells refer to them.
            var workbook = XlsxWorkbook.Find(_package, options.Sheet);
            var shared = XlsxSharedStrings.Read(_package, workbook.SharedStringsPart);
            var styles = XlsxDateStyles.Read(_package, workbook.StylesPart);
            _rows = new XlsxSheetRows(_package.OpenPart(workbook.SheetPart)!, workbook, shared, styles, options);
            _header = ReadHeader();
            _rows.Header = _header;
            Header = _header;
        }
        catch
        {
            _rows?.Dispose();
            _package.Dispose();
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
            _rows.Dispose();
            _package.Dispose();
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

    private string[] ReadHeader()
    {
        while (_rows.ReadRow())
        {
            var width = 0;
            foreach (var (column, value) in _rows.Cells)
            {
                width = CellText.IsBlank(value) ? width : Math.Max(width, column + 1);
            }

            if (width == 0 || _rows.RowNumber < _headerRow)
            {
                continue;
            }

            var names = new string?[width];
            foreach (var (column, value) in _rows.Cells)
            {
                if (column < width)
                {
                    names[column] = value;
                }
            }

            return HeaderNames.Build(names, Path, _rows.RowNumber, dropTrailingEmpty: true);
        }

        throw new SourceFileException(Path, "工作表为空：没有表头行", "the worksheet is empty: there is no header row");
    }

    private SourceRow? Next()
    {
        try
        {
            while (_rows.ReadRow())
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
                Path, "XLSX 文件已损坏，无法继续读取：" + e.Message, "the XLSX file is damaged and cannot be read further: " + e.Message, _rows.RowNumber, null, e);
        }
    }

    private SourceRow? Build()
    {
        var columns = _header.Length;
        var cells = new string?[columns];
        var any = false;
        var extra = false;
        foreach (var (column, value) in _rows.Cells)
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
            var values = string.Join(", ", _rows.Cells.Where(c => !CellText.IsBlank(c.Value)).Select(c => c.Value));
            problem = RowProblems.TooManyFields(_rows.Cells.Max(c => c.Column) + 1, columns, values);
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

        return new SourceRow(_rows.RowNumber, cells, problem);
    }
}
