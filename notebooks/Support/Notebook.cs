using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Insights.Figures;
using Insights.Warehouse.Reading;
using ScottPlot;

namespace Insights.Notebooks;

/// <summary>
/// One notebook run: its arguments (<c>--warehouse PATH --out DIR</c> and its own <c>--name value</c> options), the
/// warehouse opened read-only, and the Markdown document written into the output folder with its SVG figures.
/// </summary>
public sealed class Notebook : IDisposable
{
    private readonly Dictionary<string, string> _options;
    private readonly StringBuilder _markdown = new();
    private readonly string _name;
    private DuckDBConnection? _connection;

    private Notebook(string name, Dictionary<string, string> options)
    {
        _name = name;
        _options = options;
        RepositoryRoot = FindRoot();
        WarehousePath = Path.GetFullPath(Option("warehouse") ?? Path.Combine(RepositoryRoot, "data", "warehouse.duckdb"));
        OutputFolder = Path.GetFullPath(Option("out") ?? Path.Combine(RepositoryRoot, "notebooks", "out", name));
    }

    /// <summary>The folder holding Insights.sln (found upwards from the working folder; the working folder if none).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The warehouse file (<c>--warehouse</c>, default data/warehouse.duckdb).</summary>
    public string WarehousePath { get; }

    /// <summary>The output folder (<c>--out</c>, default notebooks/out/NAME/).</summary>
    public string OutputFolder { get; }

    /// <summary>Parses <c>--name value</c> pairs.</summary>
    /// <param name="name">The notebook's name (the Markdown file's name).</param>
    /// <param name="args">The command line.</param>
    /// <returns>The notebook.</returns>
    public static Notebook Start(string name, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value pairs, got '{args[i]}'");
            }

            options[args[i][2..]] = args[++i];
        }

        return new Notebook(name, options);
    }

    /// <summary>An option's value, or null.</summary>
    /// <param name="name">The option without its dashes.</param>
    /// <returns>The value.</returns>
    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>The warehouse, opened read-only on first use.</summary>
    public DuckDBConnection Connection
    {
        get
        {
            if (_connection is null)
            {
                if (!File.Exists(WarehousePath))
                {
                    throw new FileNotFoundException($"no warehouse at {WarehousePath} (run ./insights run first, or pass --warehouse)");
                }

                _connection = WarehouseCommands.OpenReadOnly(WarehousePath);
            }

            return _connection;
        }
    }

    /// <summary>Runs parameterized SQL (<c>$name</c> placeholders) on the warehouse.</summary>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">The parameters by name, without the <c>$</c>.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<Row> Query(string sql, params (string Name, object? Value)[] parameters) => Query(Connection, sql, parameters);

    /// <summary>The first column of the first row as text, or null when there is no row or it is NULL.</summary>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">The parameters by name, without the <c>$</c>.</param>
    /// <returns>The value.</returns>
    public string? Scalar(string sql, params (string Name, object? Value)[] parameters) =>
        Query(sql, parameters) is [var first, ..] && first.Values.Values.First() is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    /// <summary>Runs parameterized SQL (<c>$name</c> placeholders) on a connection.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The statement.</param>
    /// <param name="parameters">The parameters by name, without the <c>$</c>.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<Row> Query(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        using var command = WarehouseCommands.Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(new Row(values));
        }

        return rows;
    }

    /// <summary>Appends Markdown text (a paragraph, a heading) followed by a blank line.</summary>
    /// <param name="text">The Markdown.</param>
    public void Write(string text) => _markdown.Append(text.TrimEnd()).Append("\n\n");

    /// <summary>Appends a Markdown table.</summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The cells, already formatted.</param>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n");
        sb.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        var any = false;
        foreach (var row in rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
            any = true;
        }

        Write(any ? sb.ToString() : "*(no rows / 无数据)*");
    }

    /// <summary>Writes a figure as NAME.svg beside the Markdown and links it; the font is set on every text first.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="file">The file name without extension.</param>
    /// <param name="caption">The alt text and caption.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public void Figure(Plot plot, string file, string caption, int width = 720, int height = 420)
    {
        ArgumentNullException.ThrowIfNull(plot);
        // The dashboard's figure conventions: the CJK font on every text, clip paths named after the figure.
        FigureFonts.Apply(plot);
        Directory.CreateDirectory(OutputFolder);
        var svg = FigureSvg.Normalize(plot.GetSvgXml(width, height), file);
        File.WriteAllText(Path.Combine(OutputFolder, file + ".svg"), svg, new UTF8Encoding(false));
        Write($"![{caption}]({file}.svg)\n\n*{caption}*");
    }

    /// <summary>Writes NAME.md into the output folder and prints its path.</summary>
    public void Save()
    {
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, _name + ".md");
        File.WriteAllText(path, _markdown.ToString(), new UTF8Encoding(false));
        Console.WriteLine(path);
    }

    /// <summary>Formats a number invariantly, or an en dash for a missing one.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public static string F(double? value, string format = "0.00") =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <inheritdoc />
    public void Dispose() => _connection?.Dispose();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insights.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>One result row: values by column name (null for SQL NULL).</summary>
/// <param name="Values">The values.</param>
public sealed record Row(IReadOnlyDictionary<string, object?> Values)
{
    /// <summary>A text value.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The value, or "" for NULL.</returns>
    public string S(string column) => Convert.ToString(Values[column], CultureInfo.InvariantCulture) ?? "";

    /// <summary>A number (NaN for NULL).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The value.</returns>
    public double D(string column) => Values[column] switch
    {
        null => double.NaN,
        System.Numerics.BigInteger b => (double)b,
        var v => Convert.ToDouble(v, CultureInfo.InvariantCulture),
    };

    /// <summary>An integer (0 for NULL).</summary>
    /// <param name="column">The column.</param>
    /// <returns>The value.</returns>
    public long L(string column) => Values[column] switch
    {
        null => 0,
        System.Numerics.BigInteger b => (long)b,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };
}
