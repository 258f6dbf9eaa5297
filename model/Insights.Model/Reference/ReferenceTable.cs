using System.Globalization;
using nietras.SeparatedValues;

namespace Insights.Model.Reference;

/// <summary>A small CSV file of reference data, read whole, with errors that name the file, row and column.</summary>
internal sealed class ReferenceTable
{
    private readonly List<Dictionary<string, string>> _rows = [];

    private ReferenceTable(string file) => File = file;

    public string File { get; }

    public int Count => _rows.Count;

    public static ReferenceTable Parse(string file, string text, IReadOnlyList<string> requiredColumns)
    {
        var table = new ReferenceTable(file);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableFastFloat = true }).FromText(text);
        var header = reader.Header.ColNames;
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column))
            {
                throw new ReferenceDataException(file, null, column, $"缺少列“{column}”", $"missing column '{column}'");
            }
        }

        var enumerator = reader.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    break;
                }
            }
            catch (InvalidDataException e)
            {
                throw new ReferenceDataException(file, table._rows.Count + 1, null, $"列数与表头不符：{e.Message}", $"the number of columns differs from the header: {e.Message}");
            }

            var row = enumerator.Current;
            var values = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = row[i].ToString();
            }

            table._rows.Add(values);
        }

        return table;
    }

    /// <summary>The rows with their 1-based data row numbers.</summary>
    public IEnumerable<(int Row, Func<string, string> Text)> Rows() =>
        _rows.Select((values, index) => (index + 1, (Func<string, string>)(column => values[column])));

    public string Required(int row, Func<string, string> text, string column)
    {
        var value = text(column);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ReferenceDataException(File, row, column, "必填值为空", "required value is empty")
            : value;
    }

    public int Integer(int row, Func<string, string> text, string column)
    {
        var value = Required(row, text, column);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ReferenceDataException(File, row, column, $"“{value}”不是整数", $"'{value}' is not an integer");
    }

    public double Number(int row, Func<string, string> text, string column)
    {
        var value = Required(row, text, column);
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new ReferenceDataException(File, row, column, $"“{value}”不是数字", $"'{value}' is not a number");
    }
}
