using System.Text;
using System.Text.Json;
using ExcelDataReader;
using nietras.SeparatedValues;

namespace Insights.Generator.Tests;

/// <summary>A season generated once for the tests that read it, and readers that do not share the generator's code.</summary>
public sealed class GeneratedSeason
{
    public const int Projects = 600;
    public const ulong Seed = 11;

    private static readonly Lazy<GeneratedSeason> s_default = new(() => new GeneratedSeason(Projects, Seed));

    static GeneratedSeason() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public GeneratedSeason(int projects, ulong seed)
    {
        Root = Path.Combine(Path.GetTempPath(), $"insights-gen-{projects}-{seed}-{Guid.NewGuid():N}");
        Result = SeasonFiles.Generate(new GeneratorOptions(Path.Combine(Root, "export"), Path.Combine(Root, "truth"), projects, seed));
    }

    public static GeneratedSeason Default => s_default.Value;

    public string Root { get; }

    public GenerationResult Result { get; }

    public string Export(string relative) => Path.Combine(Root, "export", relative);

    public string Truth(string relative) => Path.Combine(Root, "truth", relative);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Rows of a CSV file as header → value maps.</summary>
    public static List<Dictionary<string, string>> Csv(string path, Encoding encoding)
    {
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableFastFloat = true }).From(text);
        var header = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = row[i].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }

    /// <summary>Header and rows of the first sheet of an XLSX file, read with ExcelDataReader.</summary>
    public static (List<string> Header, List<object?[]> Rows) Xlsx(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var header = new List<string>();
        var rows = new List<object?[]>();
        var first = true;
        while (reader.Read())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray();
            if (first)
            {
                header.AddRange(values.Select(v => v?.ToString() ?? ""));
                first = false;
            }
            else
            {
                rows.Add(values);
            }
        }

        return (header, rows);
    }

    /// <summary>The <c>data</c> array of a JSON export.</summary>
    public static List<JsonElement> JsonData(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("data").EnumerateArray().Select(e => e.Clone())];
    }
}
