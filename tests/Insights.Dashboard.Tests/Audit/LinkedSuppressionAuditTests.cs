using System.Globalization;

namespace Insights.Dashboard.Tests.Audit;

/// <summary>
/// The attacker test of the public counts: on five generated seasons, everything published (static site CSV, Parquet
/// and pages in both languages, dashboard downloads) is read back and merged, and a linear program
/// (<see cref="LinearAudit"/>, GLOP) bounds every hidden count from all published counts together, with the award list
/// as side knowledge. No hidden count may be narrowed to an interval narrower than k = 5, and the outputs must agree.
/// </summary>
public sealed class LinkedSuppressionAuditTests(ITestOutputHelper output)
{
    private const int K = 5;

    /// <summary>The five seasons' indices.</summary>
    public static TheoryData<int> Seasons => [.. Enumerable.Range(0, AuditSeason.Five.Count)];

    [Theory]
    [MemberData(nameof(Seasons))]
    public async Task No_hidden_count_is_narrowed_under_k_by_all_outputs_together(int index)
    {
        var season = await AuditSeason.GetAsync(index);
        Assert.Empty(season.StructureProblems);
        var tables = season.Outputs.Tables;
        Assert.Equal(6 + (4 * 12), tables.Count);
        Assert.True(season.Outputs.HtmlTables >= 2 * (6 + (4 * 12)), $"{season.Outputs.HtmlTables} page tables read");

        var audit = SeasonAttack.Build(tables, AuditSeason.Season, season.Awarded);
        var intervals = audit.Run();
        Assert.True(intervals is not null, "the published counts contradict the attacker's model");
        var exposed = intervals.Where(i => i.NarrowedUnder(K)).OrderBy(i => i.Width).ToList();
        var s = season.Suppression;
        output.WriteLine(FormattableString.Invariant(
            $"season {season}: the dashboard hid {s.Primary} primary and {s.Complementary} complementary of {s.Published} counts in {s.Rounds} rounds (narrowest width {s.NarrowestWidth}), {season.SuppressionTime.TotalSeconds:0.0} s"));
        output.WriteLine(FormattableString.Invariant(
            $"season {season}: audit: {audit.Variables} unknowns, {audit.Cells} published cells, {intervals.Count} hidden counts, {exposed.Count} narrowed under k = {K}, narrowest width {(intervals.Count == 0 ? double.NaN : intervals.Min(i => i.Width))}"));
        foreach (var interval in exposed.Take(40))
        {
            output.WriteLine("  exposed: " + interval);
        }

        Assert.True(season.Outputs.Disagreements.Count == 0, string.Join("\n", season.Outputs.Disagreements.Take(20)));
        Assert.True(exposed.Count == 0, string.Create(CultureInfo.InvariantCulture,
            $"{exposed.Count} of {intervals.Count} hidden counts narrowed under k = {K}, e.g.\n{string.Join("\n", exposed.Take(10))}"));
    }
}
