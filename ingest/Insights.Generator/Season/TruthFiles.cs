using Insights.Generator.Output;
using Insights.Model.Review;
using static Insights.Generator.Season.SeasonText;

namespace Insights.Generator.Season;

/// <summary>Step 10: the truth folder (planted.csv, judges.csv, projects.csv, typos.csv and its README), apart from the exports.</summary>
internal static class TruthFiles
{
    /// <summary>Writes the truth folder.</summary>
    /// <param name="context">The season.</param>
    /// <param name="truth">What to record.</param>
    public static void Write(SeasonContext context, SeasonTruth truth)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(truth);
        var dir = context.Options.TruthDirectory;
        var units = truth.Units;
        using (var planted = new CsvTableWriter(Path.Combine(dir, "planted.csv"), TextEncodings.Utf8,
            ["id", "kind", "track", "stage", "judges", "projects", "units", "detection", "detail_zh", "detail_en"]))
        {
            foreach (var p in truth.Planted)
            {
                planted.Write(p.Id, p.Kind, p.Track, p.Stage, p.Judges, p.Projects, p.Units, p.Detection, p.DetailZh, p.DetailEn);
            }
        }

        using (var judges = new CsvTableWriter(Path.Combine(dir, "judges.csv"), TextEncodings.Utf8,
            ["judge", "committee", "panels", "severity", "spread", "noise_sd", "heaping", "quirk", "copies", "favoured_unit", "unit_bonus", "city_bonus"]))
        {
            foreach (var j in truth.Judges)
            {
                judges.Write(j.Id, j.CommitteeCode, string.Join(";", j.Panels), F(j.Severity), F(j.Spread), F(j.NoiseSd), F(j.Heaping),
                    j.Quirk.ToString().ToLowerInvariant(), j.Copies?.Id ?? "", j.FavouredUnit is { } u ? units[u].Uscc : "", F(j.UnitBonus), F(j.CityBonus));
            }
        }

        using (var projects = new CsvTableWriter(Path.Combine(dir, "projects.csv"), TextEncodings.Utf8,
            ["project", "track", "problem", "lead_unit", "quality", "true_score", "written_score", "onsite_score", "final_score", "award"]))
        {
            var awards = truth.Awards.ToDictionary(a => a.Project.Id, a => a.Tier, StringComparer.Ordinal);
            var weights = context.Catalog.Rubric(Stage.PreliminaryWritten).Criteria;
            foreach (var p in truth.Projects)
            {
                // The score an average judge would give on the 0-100 scale, criterion weights applied.
                var trueScore = GenerationProfile.MarkCentre + (GenerationProfile.QualityWeight * p.Quality)
                    + (GenerationProfile.ProfileWeight * weights.Select((c, i) => c.Weight * p.Profile[i]).Sum());
                projects.Write(p.Id, p.Track.Code, p.Problem.Code, units[p.LeadUnit].Uscc, F(p.Quality), F(trueScore), F(truth.Written.GetValueOrDefault(p)),
                    truth.Onsite.TryGetValue(p, out var o) ? F(o) : "", truth.Final.TryGetValue(p, out var f) ? F(f) : "", awards.GetValueOrDefault(p.Id, ""));
            }
        }

        using (var typos = new CsvTableWriter(Path.Combine(dir, "typos.csv"), TextEncodings.Utf8, ["judge", "project", "criterion", "intended", "recorded"]))
        {
            foreach (var t in truth.Typos)
            {
                typos.Write(t);
            }
        }

        File.WriteAllText(Path.Combine(dir, "README.md"), context.Options.Plant ? PlantedReadme(context, truth.Planted) : CleanReadme(context), TextEncodings.Utf8);
    }

    private static string PlantedReadme(SeasonContext context, IReadOnlyList<PlantedProblem> planted)
    {
        var kinds = planted.GroupBy(p => p.Kind).Select(g => $"| {g.Key} | {g.Count()} | {g.First().Detection} |");
        return $"""
            # Planted truth of a generated season

            Season {context.Catalog.Season.Id}, seed {context.Options.Seed}, {context.Options.Projects} projects. These files are what the generator knows and
            the exports do not say; `insights ingest` never reads this folder. See docs/generator.md for the model.

            - `planted.csv`: every planted problem, with the rule or analysis expected to find it.
            - `judges.csv`: each judge's true severity (points of 100 taken off every mark; negative = lenient), spread
              (scale use: 1 ordinary, below 1 compressed), noise, heaping (chance of rounding to a multiple of 5) and quirk.
            - `projects.csv`: each project's latent quality, true score (average judge, 0-100) and the scores and award it got.
            - `typos.csv`: marks keyed with a digit lost ("9 for 90").

            | kind | count | expected detection |
            |---|---|---|
            {string.Join("\n", kinds)}

            """;
    }

    private static string CleanReadme(SeasonContext context) => $"""
        # Truth of a clean generated season

        Season {context.Catalog.Season.Id}, seed {context.Options.Seed}, {context.Options.Projects} projects, generated with `--clean`
        (`GeneratorOptions.Plant = false`): **nothing is planted**. The season breaks no rule of the notice, every judge
        is an ordinary one drawn from the usual distributions (quirk `none`), and no mark is mistyped. These files are what
        the generator knows and the exports do not say; `insights ingest` never reads this folder. See docs/generator.md.

        - `planted.csv`: header only, no planted problem.
        - `judges.csv`: each judge's true severity (points of 100 taken off every mark; negative = lenient), spread
          (scale use: 1 ordinary, below 1 compressed), noise, heaping (chance of rounding to a multiple of 5) and quirk.
        - `projects.csv`: each project's latent quality, true score (average judge, 0-100) and the scores and award it got.
        - `typos.csv`: header only, no mistyped mark.
        {PlanNote(context)}
        """;

    /// <summary>What the judging plan decided, for the README of a clean season; empty without a plan.</summary>
    private static string PlanNote(SeasonContext context)
    {
        if (context.Plan is not { } plan)
        {
            return "";
        }

        string Tracks(Stage stage)
        {
            var codes = plan.Rows.Where(r => r.Stage == stage).Select(r => r.Track).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return codes.Count == 0 ? "none (the generator's own)" : string.Join(", ", codes);
        }

        return $"""

            Judging plan `{Path.GetFileName(plan.File)}` ({plan.Rows.Count} rows, SHA-256 {plan.Sha256}): the panels of these
            tracks follow it (`--plan`), the others are the generator's own; the `panels` column of `judges.csv` lists the
            plan's panels.

            - preliminary_written: {Tracks(Stage.PreliminaryWritten)}
            - preliminary_onsite: {Tracks(Stage.PreliminaryOnsite)}
            - final_roadshow: {Tracks(Stage.FinalRoadshow)}

            """;
    }
}
