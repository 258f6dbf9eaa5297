using System.Globalization;

namespace Insights.Analytics.Linking;

/// <summary>
/// Connectivity of the bipartite judge-project scoring graph of one analysis unit (a track's stage, a panel): judges
/// and projects are vertices, each score is an edge. Severities (and project measures) estimated from the scores are
/// on one common scale only within a connected component; across components the difference between two judges'
/// severities is not identified. Union-find with union by size and path halving: O((V + E) α(V)) time and O(V) memory,
/// the links are streamed and never stored.
/// </summary>
public static class ScoringGraph
{
    /// <summary>Finds the connected components of a scoring graph.</summary>
    /// <param name="links">The (judge, project) pairs; duplicates (one per criterion) are allowed.</param>
    /// <param name="judges">Optional judges of the unit that may have scored nothing (e.g. panel members); each such judge is a component of its own.</param>
    /// <param name="projects">Optional projects of the unit that may have been scored by nobody; each such project is a component of its own.</param>
    /// <param name="trackCode">The unit's track, copied into the finding.</param>
    /// <param name="stage">The unit's stage, copied into the finding.</param>
    /// <returns>The components, largest first, and a <see cref="LinkingFindingKinds.Disconnected"/> finding when there is more than one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">A link, judge or project has a null or empty id.</exception>
    public static ConnectivityResult Components(
        IEnumerable<ScoringLink> links,
        IEnumerable<string>? judges = null,
        IEnumerable<string>? projects = null,
        string? trackCode = null,
        string? stage = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var sets = new UnionFind();
        var judgeVertex = new Dictionary<string, int>(StringComparer.Ordinal);
        var projectVertex = new Dictionary<string, int>(StringComparer.Ordinal);
        var linksAtJudge = new List<long>();
        long linkCount = 0;
        foreach (var link in links)
        {
            RequireId(link.JudgeId, nameof(links));
            RequireId(link.ProjectId, nameof(links));
            var judge = Vertex(judgeVertex, link.JudgeId, sets);
            var project = Vertex(projectVertex, link.ProjectId, sets);
            while (linksAtJudge.Count < sets.Count)
            {
                linksAtJudge.Add(0);
            }

            linksAtJudge[judge]++;
            sets.Union(judge, project);
            linkCount++;
        }

        foreach (var id in judges ?? [])
        {
            RequireId(id, nameof(judges));
            Vertex(judgeVertex, id, sets);
        }

        foreach (var id in projects ?? [])
        {
            RequireId(id, nameof(projects));
            Vertex(projectVertex, id, sets);
        }

        var slotOfRoot = new Dictionary<int, int>();
        var judgeLists = new List<List<string>>();
        var projectLists = new List<List<string>>();
        var linkTotals = new List<long>();
        int Slot(int vertex)
        {
            var root = sets.Find(vertex);
            if (!slotOfRoot.TryGetValue(root, out var slot))
            {
                slot = judgeLists.Count;
                slotOfRoot.Add(root, slot);
                judgeLists.Add([]);
                projectLists.Add([]);
                linkTotals.Add(0);
            }

            return slot;
        }

        foreach (var (id, vertex) in judgeVertex)
        {
            var slot = Slot(vertex);
            judgeLists[slot].Add(id);
            linkTotals[slot] += vertex < linksAtJudge.Count ? linksAtJudge[vertex] : 0;
        }

        foreach (var (id, vertex) in projectVertex)
        {
            projectLists[Slot(vertex)].Add(id);
        }

        for (var s = 0; s < judgeLists.Count; s++)
        {
            judgeLists[s].Sort(StringComparer.Ordinal);
            projectLists[s].Sort(StringComparer.Ordinal);
        }

        var order = Enumerable.Range(0, judgeLists.Count)
            .OrderByDescending(s => judgeLists[s].Count + projectLists[s].Count)
            .ThenBy(s => judgeLists[s].Count > 0 ? judgeLists[s][0] : "\uffff", StringComparer.Ordinal)
            .ThenBy(s => projectLists[s].Count > 0 ? projectLists[s][0] : "\uffff", StringComparer.Ordinal)
            .ToList();
        var components = order.Select((s, index) => new ScoringComponent(index, judgeLists[s], projectLists[s], linkTotals[s])).ToList();
        List<LinkingFinding> findings = components.Count > 1 ? [Disconnected(components, trackCode, stage)] : [];
        return new ConnectivityResult(components, judgeVertex.Count, projectVertex.Count, linkCount, findings);
    }

    private static LinkingFinding Disconnected(List<ScoringComponent> components, string? trackCode, string? stage)
    {
        var unit = string.Join(' ', new[] { trackCode, stage }.Where(s => !string.IsNullOrEmpty(s)));
        var sizes = string.Join("; ", components.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.JudgeIds.Count}/{c.ProjectIds.Count}")));
        var subjectZh = unit.Length > 0 ? unit + " 的" : string.Empty;
        var subjectEn = unit.Length > 0 ? unit : "the unit";
        return new LinkingFinding(
            LinkingFindingKinds.Disconnected,
            "warning",
            trackCode,
            stage,
            null,
            components.Count,
            string.Create(CultureInfo.InvariantCulture, $"{subjectZh}评分网络分为 {components.Count} 个互不相连的部分（专家/项目：{sizes}），各部分之间的专家宽严程度不可比较"),
            string.Create(CultureInfo.InvariantCulture, $"the scoring graph of {subjectEn} has {components.Count} disconnected components (judges/projects: {sizes}); judge severities are not comparable across them"));
    }

    private static int Vertex(Dictionary<string, int> vertices, string id, UnionFind sets)
    {
        if (!vertices.TryGetValue(id, out var vertex))
        {
            vertex = sets.Add();
            vertices.Add(id, vertex);
        }

        return vertex;
    }

    private static void RequireId(string? id, string parameterName)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("Every judge and project id must be non-empty.", parameterName);
        }
    }
}
