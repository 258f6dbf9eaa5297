namespace Insights.Dashboard.Suppression;

/// <summary>
/// Small-cell suppression over every published count of a season at once (<see cref="CountModel"/>), so that no
/// combination of tables reveals a hidden count. Primary: published counts from 1 to k − 1 are hidden. Then, in
/// rounds: an audit (<see cref="ProtectionAudit"/>, the linear program an attacker would solve over all published
/// counts) bounds every hidden count; a count whose interval is narrower than k (upper − lower &lt; k: determined, or
/// narrowed so far that the attacker learns it is small) gets complementary suppressions (<see cref="ComplementSearch"/>),
/// and the round repeats until no hidden count is exposed. Hiding more can only widen intervals, so a count found
/// safe stays safe and only exposed and newly hidden counts are audited again. Zeros are never hidden.
/// </summary>
public static class LinkedSuppression
{
    /// <summary>Chooses what to hide.</summary>
    /// <param name="model">The season's counts.</param>
    /// <param name="k">The threshold, at least 2.</param>
    /// <param name="summary">What was done.</param>
    /// <returns>Hidden, per count id (internal counts are never hidden: they are not published).</returns>
    /// <exception cref="InvalidOperationException">An exposed count has nothing shown left near it to hide (not expected).</exception>
    public static bool[] Suppress(CountModel model, int k, out SuppressionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var hidden = new bool[model.Count];
        var published = Enumerable.Range(0, model.Count).Where(model.IsPublished).ToList();
        foreach (var id in published)
        {
            hidden[id] = model.Value(id) >= 1 && model.Value(id) < k;
        }

        var primary = hidden.Count(h => h);
        var search = new ComplementSearch(model, k);
        var check = published.Where(id => hidden[id]).ToList();
        var rounds = 0;
        while (check.Count > 0)
        {
            rounds++;
            var exposed = new List<(int Id, double Width)>();
            using (var audit = new ProtectionAudit(model, hidden))
            {
                foreach (var id in check)
                {
                    var (lower, upper) = audit.Interval(id);
                    if (upper - lower < k)
                    {
                        exposed.Add((id, upper - lower));
                    }
                }
            }

            // One exposed count at a time: a complement chosen for one often protects others, so each is audited again
            // (on a program rebuilt with what this round hid so far) before it gets a complement of its own.
            var added = new List<int>();
            ProtectionAudit? current = null;
            try
            {
                foreach (var (id, width) in exposed.OrderBy(e => e.Width).ThenBy(e => model.Value(e.Id)).ThenBy(e => e.Id))
                {
                    if (added.Count > 0)
                    {
                        current ??= new ProtectionAudit(model, hidden);
                        var (lower, upper) = current.Interval(id);
                        if (upper - lower >= k)
                        {
                            continue;
                        }
                    }

                    if (search.Find(id, hidden) is not { } complement)
                    {
                        continue;
                    }

                    foreach (var other in complement)
                    {
                        hidden[other] = true;
                        added.Add(other);
                    }

                    current?.Dispose();
                    current = null;
                }
            }
            finally
            {
                current?.Dispose();
            }

            if (added.Count == 0 && exposed.Count > 0)
            {
                var (id, width) = exposed[0];
                throw new InvalidOperationException($"count {id} is exposed (width {width}) and nothing shown is left to hide beside it: {Describe(model, hidden, id)}");
            }

            check = [.. exposed.Select(e => e.Id).Concat(added).Distinct()];
        }

        // The figures of the final choice: every hidden count's room, once more.
        double? narrowest = null;
        using (var audit = new ProtectionAudit(model, hidden))
        {
            foreach (var id in published.Where(id => hidden[id]))
            {
                var (lower, upper) = audit.Interval(id);
                narrowest = Math.Min(narrowest ?? double.PositiveInfinity, upper - lower);
            }
        }

        summary = new SuppressionSummary(published.Count, primary, hidden.Count(h => h) - primary, rounds, narrowest);
        return hidden;
    }

    /// <summary>A count and its lines as "id=value(h, ≥lower)", for messages.</summary>
    private static string Describe(CountModel model, bool[] hidden, int id)
    {
        string One(int n) => $"{n}={model.Value(n)}{(hidden[n] ? "h" : model.IsPublished(n) ? "" : "i")}{(model.HiddenLowerBound(n) > 1 ? $"≥{model.HiddenLowerBound(n)}" : "")}";
        return One(id) + "; lines: " + string.Join("; ", model.Lines.Where(l => l.Total == id || l.Parts.Contains(id))
            .Select(l => $"{One(l.Total)} = {string.Join(" + ", l.Parts.Select(One))} + {l.Offset}"));
    }
}
