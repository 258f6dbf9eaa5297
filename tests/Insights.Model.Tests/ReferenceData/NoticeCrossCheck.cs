using Insights.Model.Reference;

namespace Insights.Model.Tests.ReferenceData;

/// <summary>Lists every place where a reference catalog and the notice's text disagree.</summary>
internal static class NoticeCrossCheck
{
    public static List<string> Differences(ReferenceCatalog catalog, string notice)
    {
        var differences = new List<string>();
        void Compare<T>(string what, IEnumerable<T> fromNotice, IEnumerable<T> fromCatalog)
        {
            var a = fromNotice.ToList();
            var b = fromCatalog.ToList();
            differences.AddRange(a.Except(b).Select(x => $"{what} in the notice, not in the data: {x}"));
            differences.AddRange(b.Except(a).Select(x => $"{what} in the data, not in the notice: {x}"));
            if (differences.Count == 0 && !a.SequenceEqual(b))
            {
                differences.Add($"{what}: same items, different order");
            }
        }

        Compare("track", NoticeText.Tracks(notice), catalog.Tracks.Select(t => (t.Number, t.NameZh)));
        Compare("problem", NoticeText.Problems(notice), catalog.Problems.Select(p => (catalog.Track(p.TrackCode).Number, p.Number, p.TitleZh)));
        Compare("hosting", NoticeText.Hosting(notice).Select(kv => (kv.Key, kv.Value)).Order(),
            catalog.Tracks.Select(t => (t.NameZh, catalog.Committee(t.CommitteeCode).CityZh)).Order());
        Compare("organizing unit", NoticeText.OrganizingUnits(notice), catalog.OrganizingUnits.Select(u => (RoleCode(u.Role), u.NameZh)));
        foreach (var problem in catalog.Problems)
        {
            if (!Squash(notice).Contains(Squash(problem.DescriptionZh), StringComparison.Ordinal))
            {
                differences.Add($"problem {problem.Code}: description not found verbatim in the notice");
            }
        }

        return differences;
    }

    private static string RoleCode(OrganizingRole role) => role switch
    {
        OrganizingRole.Guiding => "guiding",
        OrganizingRole.Host => "host",
        OrganizingRole.Undertaking => "undertaking",
        OrganizingRole.CoOrganizing => "co_organizing",
        _ => "technical_support",
    };

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
