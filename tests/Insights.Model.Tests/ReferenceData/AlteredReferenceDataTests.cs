using Insights.Model.Reference;

namespace Insights.Model.Tests.ReferenceData;

/// <summary>Altered copies of the reference files: the checks must notice a missing or misnamed item, and say where a file is broken.</summary>
public sealed class AlteredReferenceDataTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "insights-ref-" + Guid.NewGuid().ToString("N"));

    public AlteredReferenceDataTests() =>
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "reference-data"), _root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SeasonFile(string name) => Path.Combine(_root, "2024-JS", name);

    [Fact]
    public void An_unaltered_copy_loads_and_agrees_with_the_notice()
    {
        var catalog = ReferenceCatalog.Load("2024-JS", _root);
        Assert.Empty(NoticeCrossCheck.Differences(catalog, NoticeText.Load()));
    }

    [Fact]
    public void A_misnamed_problem_is_caught()
    {
        Replace("problems.csv", "智慧水系管理解决方案", "智慧水务管理解决方案");
        var differences = NoticeCrossCheck.Differences(ReferenceCatalog.Load("2024-JS", _root), NoticeText.Load());
        Assert.Contains(differences, d => d.Contains("智慧水系管理解决方案", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_organizing_unit_is_caught()
    {
        var lines = File.ReadAllLines(SeasonFile("organizing_units.csv")).Where(l => !l.Contains("江苏国际数据港", StringComparison.Ordinal));
        File.WriteAllLines(SeasonFile("organizing_units.csv"), lines);
        var differences = NoticeCrossCheck.Differences(ReferenceCatalog.Load("2024-JS", _root), NoticeText.Load());
        Assert.Contains(differences, d => d.Contains("江苏国际数据港", StringComparison.Ordinal));
    }

    [Fact]
    public void A_track_moved_to_another_committee_is_caught()
    {
        Replace("tracks.csv", "T10,10,气象服务,Meteorological Services,NJ", "T10,10,气象服务,Meteorological Services,WX");
        var differences = NoticeCrossCheck.Differences(ReferenceCatalog.Load("2024-JS", _root), NoticeText.Load());
        Assert.Contains(differences, d => d.StartsWith("hosting", StringComparison.Ordinal) && d.Contains("气象服务", StringComparison.Ordinal));
    }

    [Fact]
    public void A_committee_left_without_tracks_is_refused()
    {
        Replace("tracks.csv", "T12,12,绿色低碳,Green and Low-Carbon,NT", "T12,12,绿色低碳,Green and Low-Carbon,NJ");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2024-JS", _root));
        Assert.Contains("NT", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_of_an_unknown_track_names_file_row_and_column()
    {
        Replace("problems.csv", "T07-P02,T07,", "T07-P02,T99,");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2024-JS", _root));
        Assert.Equal("2024-JS/problems.csv", error.File);
        Assert.Equal("track_code", error.Column);
        Assert.NotNull(error.Row);
        Assert.Contains("T99", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("T99", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_many_columns_names_the_row()
    {
        File.AppendAllText(SeasonFile("committees.csv"), "HA,淮安市,Huai'an,淮安执委会,Huai'an Committee,淮安市数据局,extra\n");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2024-JS", _root));
        Assert.Equal("2024-JS/committees.csv", error.File);
        Assert.Equal(8, error.Row);
    }

    [Fact]
    public void A_rubric_that_does_not_total_100_is_refused()
    {
        Replace("rubric.csv", "final_roadshow,team,团队能力,Team,0,10,1,", "final_roadshow,team,团队能力,Team,0,20,1,");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2024-JS", _root));
        Assert.Contains("final_roadshow", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_limit_is_refused_with_the_rule_id()
    {
        Replace("rules.csv", "R-TEAM-MAX-REPRESENTATIVES,五（一）2,team,5,", "R-TEAM-MAX-REPRESENTATIVES,五（一）2,team,five,");
        var error = Assert.Throws<ReferenceDataException>(() => ReferenceCatalog.Load("2024-JS", _root));
        Assert.Contains("R-TEAM-MAX-REPRESENTATIVES", error.MessageEn, StringComparison.Ordinal);
    }

    private void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(SeasonFile(file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(SeasonFile(file), text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
