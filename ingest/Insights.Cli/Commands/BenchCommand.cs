using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights bench ...</c>: the pieces of the ingest benchmark (docs/benchmarks.md, bench/ingest.sh): writing a
/// large generic score CSV, and the reference the ingest is compared with, DuckDB's own <c>read_csv</c> into a table;
/// and the data of the analyze benchmark (<see cref="BenchAnalyzeData"/>, bench/analyze-bench.sh).
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var rows = new Option<long>("--rows") { Description = "行数 / rows", DefaultValueFactory = _ => 10_000_000 };
        var output = new Option<FileInfo>("--out") { Description = "输出 CSV / CSV to write", Required = true };
        var write = new Command("scores-csv", "写一个通用长表评分 CSV / write a generic long score CSV") { rows, output };
        write.SetAction(parse => WriteScores(parse.GetValue(output)!.FullName, parse.GetValue(rows)));

        var csv = new Argument<FileInfo>("CSV") { Description = "CSV 文件 / the CSV file" };
        var database = new Option<FileInfo>("--database") { Description = "DuckDB 文件 / DuckDB file to create", Required = true };
        var read = new Command("duckdb-read-csv", "参照：DuckDB read_csv 载入表 / reference: DuckDB's read_csv into a table") { csv, database };
        read.SetAction(parse => DuckDbReadCsv(parse.GetValue(csv)!.FullName, parse.GetValue(database)!.FullName));

        var projects = new Option<int>("--projects") { Description = "项目数 / projects", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "随机种子 / seed", DefaultValueFactory = _ => 20261125 };
        var analyzeOutput = new Option<FileInfo>("--out") { Description = "输出 CSV / CSV to write", Required = true };
        var analyze = new Command("analyze-csv", "写分析基准的全国规模书面评审 CSV / write the analyze benchmark's national-scale written review")
        {
            projects, seed, analyzeOutput,
        };
        analyze.SetAction(parse => BenchAnalyzeData.Write(parse.GetValue(analyzeOutput)!.FullName, parse.GetValue(projects), parse.GetValue(seed)));

        return new Command("bench", "基准测试工具 / benchmark tools") { write, read, analyze };
    }

    // 10M rows: 400,000 projects x 5 judges x 5 criteria, in 12 tracks, like a national-scale written review.
    private static int WriteScores(string path, long rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(20240825);
        var clock = Stopwatch.StartNew();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("season,stage,track,panel,judge,project,criterion,score,max_score,scored_at,judge_group,project_group\n");
        string[] criteria = ["solution", "data_elements", "application_value", "business_model", "team"];
        var written = 0L;
        for (var project = 1; written < rows; project++)
        {
            var track = 1 + (project % 12);
            var panel = 1 + (project % 10);
            var quality = random.Next(30, 90);
            for (var j = 0; j < 5 && written < rows; j++)
            {
                var judge = (track * 1000) + (panel * 20) + ((project + (j * 3)) % 20);
                var day = 1 + random.Next(25);
                for (var c = 0; c < criteria.Length && written < rows; c++)
                {
                    var score = Math.Clamp(quality + random.Next(-12, 13), 0, 100);
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"BENCH,preliminary_written,T{track:00},T{track:00}-PRE-{panel:00},EX{judge:000000},BP{project:0000000},{criteria[c]},{score},100,2024-08-{day:00} 10:00,U{judge % 97:00},U{project % 89:00}\n"));
                    written++;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} rows → {path} in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }

    private static int DuckDbReadCsv(string csv, string database)
    {
        File.Delete(database);
        File.Delete(database + ".wal");
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=" + database);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE scores AS SELECT * FROM read_csv($path, header = true)";
        command.Parameters.Add(new DuckDBParameter("path", csv));
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        command.CommandText = "SELECT count(*) FROM scores";
        var n = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb read_csv: {n:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s = {n / clock.Elapsed.TotalSeconds / 1e6:0.00} M rows/s"));
        return 0;
    }
}
