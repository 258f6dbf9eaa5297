using Insights.Ingest.Reading;
using Insights.Ingest.Rules;

namespace Insights.Ingest.Tests.Rules;

/// <summary><see cref="RulesFile"/>: a season's rules file in YAML and in JSON, and its mistakes reported with their line.</summary>
public sealed class RulesFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-rules-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Yaml_rules_give_stages_in_order_with_their_decisions()
    {
        var rules = RulesFile.Read(Write("rules.yaml", """
            # the 2023 rules
            season: 2023-XX
            stages:
              - stage: final
                order: 2
                score: trimmed_mean
                awards:
                  - {tier: first, share: 10%, at_least: 1, names: [一等奖, 金奖]}
                  - {tier: second, count: 40, names: 二等奖}
                  - {tier: third, min_score: 80}
              - stage: first-round
                order: 1
                basis: standard
                advance: 17.5%
            """), "DEFAULT");
        Assert.Equal("2023-XX", rules.Season);
        Assert.Equal(["first-round", "final"], rules.Stages.Select(s => s.Stage));
        var first = rules.Stages[0];
        Assert.Equal(("mean", "standard", null, 0.175), (first.ScoreMethod, first.ScoreBasis, first.AdvanceCount, first.AdvanceShare));
        var final = rules.Stages[1];
        Assert.Equal("trimmed_mean", final.ScoreMethod);
        Assert.Equal(
            [new AwardTierRule("first", null, 0.1, null, 1, ["一等奖", "金奖"]), new AwardTierRule("second", 40, null, null, 0, ["二等奖"]), new AwardTierRule("third", null, null, 80, 0, [])],
            final.Tiers.Select(t => t with { Names = [.. t.Names] }).ToList(), new TierComparer());
    }

    [Fact]
    public void Json_rules_are_read_and_the_season_defaults_to_the_ingests()
    {
        var rules = RulesFile.Read(Write("x.rules.json", """{"stages": [{"stage": "s1", "advance": 24}, {"stage": "s2", "awards": [{"tier": "gold", "count": 3}]}]}"""), "OUT-1");
        Assert.Equal("OUT-1", rules.Season);
        Assert.Equal((1, 24), (rules.Stages[0].Order, rules.Stages[0].AdvanceCount));
        Assert.Equal(("gold", 3), (rules.Stages[1].Tiers[0].Tier, rules.Stages[1].Tiers[0].Count));
    }

    [Theory]
    [InlineData("stages:\n  - stage: s1\n    scores: mean\n", 3, "unknown key stages.scores")]
    [InlineData("stages:\n  - stage: s1\n    score: median\n", 3, "score is mean or trimmed_mean, not 'median'")]
    [InlineData("stages:\n  - stage: s1\n    awards:\n      - {tier: first, count: 2, share: 10%}\n", 4, "tier first needs exactly one of count, share or min_score")]
    [InlineData("stages:\n  - stage: s1\n    advance: lots\n", 3, "advance is a count (18) or a share (5% or 0.05), not 'lots'")]
    [InlineData("season: X\n", 1, "the stages list is missing")]
    [InlineData("stages: [ {stage: s1}\n", 2, "not valid YAML or JSON")]
    public void Mistakes_are_reported_with_their_line(string text, int line, string message)
    {
        var path = Write("rules.yaml", text);
        var e = Assert.Throws<SourceFileException>(() => RulesFile.Read(path, "S"));
        Assert.Contains(message, e.MessageEn, StringComparison.Ordinal);
        Assert.Equal(line, e.Row);
        Assert.False(string.IsNullOrWhiteSpace(e.MessageZh));
    }

    [Theory]
    [InlineData("rules.yaml", true)]
    [InlineData("2023.rules.yml", true)]
    [InlineData("a.rules.json", true)]
    [InlineData("scores.json", false)]
    [InlineData("layout.yaml", false)]
    public void Rules_files_are_known_by_name(string name, bool expected) => Assert.Equal(expected, RulesFile.IsRulesFileName(name));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class TierComparer : IEqualityComparer<AwardTierRule>
    {
        public bool Equals(AwardTierRule? x, AwardTierRule? y) =>
            x is not null && y is not null && (x.Tier, x.Count, x.Share, x.MinScore, x.AtLeast) == (y.Tier, y.Count, y.Share, y.MinScore, y.AtLeast) && x.Names.SequenceEqual(y.Names);

        public int GetHashCode(AwardTierRule obj) => obj.Tier.GetHashCode(StringComparison.Ordinal);
    }
}
