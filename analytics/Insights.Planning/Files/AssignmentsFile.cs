using Insights.Ingest.Reading;
using Insights.Model.Files;

namespace Insights.Planning.Files;

/// <summary>
/// The plan's machine-readable form, <c>assignments.csv</c> (UTF-8): <c>stage,track,panel,judge_id,project_id</c>,
/// one row per written sheet and one per panel member (project empty). <c>insights plan check</c> and
/// <c>insights generate --plan</c> read it.
/// </summary>
public static class AssignmentsFile
{
    /// <summary>The header, in order.</summary>
    public static readonly string[] Header = ["stage", "track", "panel", "judge_id", "project_id"];

    /// <summary>Writes the seats.</summary>
    /// <param name="path">The file.</param>
    /// <param name="seats">The seats.</param>
    public static void Write(string path, IEnumerable<PlanSeat> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        CsvWriter.WriteFile(path, Header, seats.Select(s => new[] { s.Stage, s.Track, s.Panel, s.Judge, s.Project ?? "" }));
    }

    /// <summary>Reads the seats.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The seats in file order.</returns>
    /// <exception cref="SourceFileException">A column is missing, a stage unknown or a cell empty (file, row and column named).</exception>
    public static IReadOnlyList<PlanSeat> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = TableReaders.Open(path);
        var columns = Header.Select(h => HeaderColumns.Require(reader, h, h)).ToArray();
        var seats = new List<PlanSeat>();
        foreach (var row in reader.ReadRows())
        {
            if (row.Problem is { } problem)
            {
                throw new SourceFileException(path, problem.ReasonZh, problem.ReasonEn, row.RowNumber, problem.Column);
            }

            var cells = columns.Select(c => HeaderColumns.Cell(row, c)).ToArray();
            for (var c = 0; c < 4; c++)
            {
                if (cells[c].Length == 0)
                {
                    throw new SourceFileException(path, "单元格为空", "the cell is empty", row.RowNumber, Header[c]);
                }
            }

            var stage = PlanStage.Parse(cells[0]) ?? throw new SourceFileException(path,
                $"未知阶段“{cells[0]}”（应为 {string.Join("、", PlanStage.All)}）", $"unknown stage '{cells[0]}' (expected {string.Join(", ", PlanStage.All)})", row.RowNumber, Header[0]);
            seats.Add(new PlanSeat(stage, cells[1], cells[2], cells[3], cells[4].Length == 0 ? null : cells[4]));
        }

        return seats;
    }
}
