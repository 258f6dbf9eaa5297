using System.Globalization;
using System.Text.Json.Serialization;
using Insights.Ingest.Lake;
using Parquet.Serialization;

namespace Insights.Ingest.Tests.Feeds.ReviewSheets;

/// <summary>Reads rows of a lake dataset's current batches back.</summary>
public static class LakeRows
{
    /// <summary>One landed mark: what round-trips between layouts.</summary>
    public sealed record Mark(string Stage, string Track, string Judge, string Project, string Criterion, long Round, double Score);

    /// <summary>The rows of a dataset's current batches, as <typeparamref name="T"/> (columns by JSON property name).</summary>
    public static async Task<List<T>> ReadAsync<T>(string lakePath, string dataset)
        where T : class, new()
    {
        var lake = new LakeStore(lakePath);
        var rows = new List<T>();
        foreach (var file in lake.Current().SelectMany(c => c.Batch.Files.Where(f => f.Dataset == dataset && f.Season == c.Season)).Distinct())
        {
            await using var stream = File.OpenRead(lake.FullPath(file.Path));
            rows.AddRange((await ParquetSerializer.DeserializeAsync<T>(stream)).Data);
        }

        return rows;
    }

    /// <summary>The landed marks of a lake.</summary>
    public static async Task<HashSet<Mark>> MarksAsync(string lakePath) =>
        [.. (await ReadAsync<ScoreRow>(lakePath, "score")).Select(r => new Mark(r.Stage!, r.Track!, r.Judge!, r.Project!, r.Criterion!, r.Round ?? 0, r.Score ?? double.NaN))];

    /// <summary>A score row.</summary>
    public sealed class ScoreRow
    {
        [JsonPropertyName("stage")] public string? Stage { get; set; }
        [JsonPropertyName("track")] public string? Track { get; set; }
        [JsonPropertyName("panel_id")] public string? Panel { get; set; }
        [JsonPropertyName("judge_id")] public string? Judge { get; set; }
        [JsonPropertyName("project_id")] public string? Project { get; set; }
        [JsonPropertyName("criterion")] public string? Criterion { get; set; }
        [JsonPropertyName("score")] public double? Score { get; set; }
        [JsonPropertyName("round")] public long? Round { get; set; }
        [JsonPropertyName("round_label")] public string? RoundLabel { get; set; }
        [JsonPropertyName("standard_score")] public double? StandardScore { get; set; }
        [JsonPropertyName("source_column")] public string? SourceColumn { get; set; }
        [JsonPropertyName("source_row")] public long? SourceRow { get; set; }
    }

    /// <summary>An award row.</summary>
    public sealed class AwardRow
    {
        [JsonPropertyName("track_code")] public string? Track { get; set; }
        [JsonPropertyName("project_id")] public string? Project { get; set; }
        [JsonPropertyName("tier")] public string? Tier { get; set; }
        [JsonPropertyName("final_score")] public double? FinalScore { get; set; }
        [JsonPropertyName("stage")] public string? Stage { get; set; }
        [JsonPropertyName("published_rank")] public long? Rank { get; set; }
        [JsonPropertyName("tier_label")] public string? TierLabel { get; set; }
    }

    /// <summary>A quarantine row.</summary>
    public sealed class QuarantineRow
    {
        [JsonPropertyName("source_row")] public long? SourceRow { get; set; }
        [JsonPropertyName("source_column")] public string? Column { get; set; }
        [JsonPropertyName("value")] public string? Value { get; set; }
        [JsonPropertyName("reason_en")] public string? ReasonEn { get; set; }
        [JsonPropertyName("scope")] public string? Scope { get; set; }
    }

    /// <summary>A number as invariant text.</summary>
    public static string? Text(double? value) => value?.ToString(CultureInfo.InvariantCulture);
}
