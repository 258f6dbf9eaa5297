using nietras.SeparatedValues;

namespace Insights.Ingest.Tests.Converters;

/// <summary>A long score CSV read back with Sep (RFC 4180 unescaping), independent of the writer's code.</summary>
internal sealed class LongScoreCsv
{
    private LongScoreCsv(IReadOnlyList<string> header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public List<string[]> Rows { get; }

    public static int Col(string name) => name switch
    {
        "season" => 0,
        "stage" => 1,
        "track" => 2,
        "panel" => 3,
        "judge" => 4,
        "project" => 5,
        "criterion" => 6,
        "score" => 7,
        "max_score" => 8,
        "scored_at" => 9,
        "judge_group" => 10,
        "project_group" => 11,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static LongScoreCsv Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with
        {
            Unescape = true,
            DisableFastFloat = true,
            CreateToString = SepToString.PoolPerCol(maximumStringLength: 256),
        }).FromFile(path);
        var header = reader.Header.ColNames.ToList();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[i].ToString();
            }

            rows.Add(values);
        }

        return new LongScoreCsv(header, rows);
    }

    /// <summary>The seven-part key that must be unique: season, stage, track, panel, judge, project, criterion.</summary>
    public static string Key(string[] row) => string.Join('\u001f', row, 0, 7);
}
