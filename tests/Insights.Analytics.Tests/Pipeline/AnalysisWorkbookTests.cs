using System.Globalization;
using Insights.Analytics.Pipeline;
using Insights.Analytics.Pipeline.Output;
using Insights.Analytics.Pipeline.Season;
using Insights.Model.Files;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Insights.Analytics.Tests.Pipeline;

/// <summary>
/// The analysis files as Excel users open them: CSV in UTF-8 with a BOM, and analysis.xlsx beside them, a sheet per
/// CSV file with the same rows, read back by MiniExcel.
/// </summary>
public sealed class AnalysisWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-workbook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Proves: for a small analysis (a judge whose id starts with = and a severity of -0.5, a finding whose evidence
    /// holds a comma, quotes and Chinese, an identifier 007), every CSV file starts with the BOM, and every sheet of
    /// analysis.xlsx holds the CSV file's header and rows: numbers as numbers, text as text (007 keeps its zeros), a
    /// formula-like text as plain text (the CSV's apostrophe is the CSV's defusal only).
    /// </summary>
    [Fact]
    public void The_workbook_has_a_sheet_per_csv_file_with_the_same_rows()
    {
        var result = new AnalysisResult(
            new AnalyzeOptions("W.duckdb", _folder), ["S1"],
            [
                new JudgeRow("S1", "final", "T01", "=J1", 12, 4, 71.25, -0.5, 0.125, 1.5, double.NaN, "", 0.75),
                new JudgeRow("S1", "final", "T01", "007", 8, 4, 65, 0.25, 0.5, 0.75, 1, "harsh", double.NaN),
            ],
            [], [],
            [new FindingRow("lenient_judge", "warning", "S1", "final", "T01", "P1", "=J1", "", "", 2.5, 0.01, "评分偏宽，\"高\"于他人,0.5 分", "lenient, \"higher\", by 0.5")],
            [], [], [], 0, 0, [], [], []);

        AnalysisFiles.Write(result, _folder);

        var workbook = Path.Combine(_folder, AnalysisFiles.Workbook);
        Assert.Equal(["judges", "panels", "projects", "margins", "findings", "rasch", "power"], MiniExcel.GetSheetNames(workbook));
        foreach (var sheet in MiniExcel.GetSheetNames(workbook))
        {
            var bytes = File.ReadAllBytes(Path.Combine(_folder, sheet + ".csv"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            using var csv = Sep.Reader(o => o with { Unescape = true }).FromText(System.Text.Encoding.UTF8.GetString(bytes[3..]));
            var header = csv.Header.ColNames;
            var csvRows = new List<string[]>();
            foreach (var row in csv)
            {
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                csvRows.Add(cells);
            }

            // The header is the sheet's first row (MiniExcel's GetColumns gives null for a sheet without data rows).
            var first = (IDictionary<string, object?>)MiniExcel.Query(workbook, sheetName: sheet).First();
            Assert.Equal(header, first.Values.Select(v => (string?)v));
            var xlsxRows = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
                .Select(r => header.Select(h => Cell(r[h])).ToArray()).ToList();
            Assert.Equal(csvRows, xlsxRows);
        }

        var judges = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "judges").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(-0.5, judges[0]["severity"]);
        Assert.Equal("=J1", judges[0]["judge"]);
        Assert.Equal("007", judges[1]["judge"]);
    }

    // The CSV text of a workbook cell: numbers in the invariant culture, text defused as the CSV writer does.
    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        string s => CsvWriter.Defuse(s),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
