using System.Security.Cryptography;
using Insights.Ingest.Datasets;
using Insights.Ingest.Datasets.Columns;
using Insights.Ingest.Lake;
using Insights.Ingest.Rules;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Lands a season's rules file as a batch of the <c>stage_rule</c> dataset, one row per award tier of a stage (or per
/// stage without tiers). A later rules file of the same season supersedes the earlier one, like any corrected file.
/// </summary>
internal static class RulesLanding
{
    /// <summary>The feed id of rules files in <c>etl_batch</c>.</summary>
    public const string FeedId = "rules";

    public static async Task<FileOutcome> LandAsync(LakeStore lake, string full, string relative, string defaultSeason, int rowGroupSize, CancellationToken cancellationToken)
    {
        var rules = RulesFile.Read(full, defaultSeason);
        byte[] bytes = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var batchId = LakeIngestor.BatchId(FeedId, rules.Season, sha + lake.DropSalt(rules.Season));
        if (lake.IsCommitted(batchId))
        {
            var m = lake.Manifests().First(b => b.BatchId == batchId);
            return new FileOutcome(relative, FeedId, "unchanged", batchId, m.RowsRead, m.RowsLanded, m.RowsQuarantined, m.LakeRows, [], m.Warnings);
        }

        var loadedAt = DateTime.UtcNow;
        long rows = 0;
        await using var sink = new BatchSink(lake, batchId, relative, sha, loadedAt, rowGroupSize);
        foreach (var stage in rules.Stages)
        {
            var tiers = stage.Tiers.Count == 0 ? [null] : stage.Tiers.Cast<AwardTierRule?>().ToList();
            foreach (var (tier, i) in tiers.Select((t, i) => (t, i)))
            {
                var b = sink.Row(LakeDatasets.StageRule, rules.Season, ++rows);
                b.Set(StageRuleColumns.Stage, stage.Stage);
                b.Set(StageRuleColumns.StageOrder, (long)stage.Order);
                b.Set(StageRuleColumns.NameZh, stage.NameZh);
                b.Set(StageRuleColumns.NameEn, stage.NameEn);
                b.Set(StageRuleColumns.ScoreMethod, stage.ScoreMethod);
                b.Set(StageRuleColumns.ScoreBasis, stage.ScoreBasis);
                b.Set(StageRuleColumns.AdvanceCount, (long?)stage.AdvanceCount);
                b.Set(StageRuleColumns.AdvanceShare, stage.AdvanceShare);
                b.Set(StageRuleColumns.Tier, tier?.Tier);
                b.Set(StageRuleColumns.TierOrder, tier is null ? null : (long?)(i + 1));
                b.Set(StageRuleColumns.TierCount, (long?)tier?.Count);
                b.Set(StageRuleColumns.TierShare, tier?.Share);
                b.Set(StageRuleColumns.TierMinScore, tier?.MinScore);
                b.Set(StageRuleColumns.TierAtLeast, tier is null ? null : (long?)tier.AtLeast);
                b.Set(StageRuleColumns.TierNames, tier is null || tier.Names.Count == 0 ? null : string.Join("; ", tier.Names));
            }
        }

        var files = await sink.CompleteAsync().ConfigureAwait(false);
        var manifest = new BatchManifest(
            batchId, lake.NextSequence(), FeedId, FeedId, LakeDatasets.StageRule.Name, relative, sha, bytes.LongLength,
            "yaml", null, [rules.Season], files, rows, rows, 0, rows, [], loadedAt);
        lake.Commit(manifest);
        return new FileOutcome(relative, FeedId, "landed", batchId, rows, rows, 0, rows, [], []);
    }
}
