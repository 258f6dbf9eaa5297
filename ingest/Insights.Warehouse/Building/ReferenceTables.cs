using DuckDB.NET.Data;
using Insights.Ingest.Lake;
using Insights.Model.Reference;
using Insights.Model.Review;

namespace Insights.Warehouse.Building;

/// <summary>
/// Loads the reference data of every season Insights knows into <c>ref_*</c> tables with DuckDB's appender:
/// seasons with their limits and deadlines, tracks, problems, committees, organizing units (one row per name, aliases
/// included), rules and rubrics. The staging and mart models read these, never the CSV files.
/// </summary>
internal static class ReferenceTables
{
    public static void Load(DuckDBConnection connection, IEnumerable<ReferenceCatalog> catalogs)
    {
        // Every kind of finding the analytics and the rule checks write, with the rules' ids: one label for the pages,
        // the reports and the notebooks (the rules' short labels join ref_rule below).
        var kinds = SeedFiles.Read("finding_kinds", ["code", "source", "name_zh", "name_en", "description_zh", "description_en"]);
        var labels = kinds.Where(k => k[1] == "rule").ToDictionary(k => k[0], k => (Zh: k[2], En: k[3]), StringComparer.Ordinal);
        DuckDbStatements.Execute(connection, """
            CREATE TABLE ref_season (season VARCHAR, year INTEGER, name_zh VARCHAR, name_en VARCHAR, division_zh VARCHAR, division_en VARCHAR,
              track_official_name_zh VARCHAR, track_official_name_en VARCHAR, preliminary_deadline DATE, final_results_deadline DATE,
              publicity_days INTEGER, max_representatives_per_team INTEGER, max_projects_per_team INTEGER,
              max_teams_per_representative INTEGER, max_problems_per_project INTEGER);
            CREATE TABLE ref_track (season VARCHAR, track_code VARCHAR, number INTEGER, name_zh VARCHAR, name_en VARCHAR, committee_code VARCHAR,
              official_name_zh VARCHAR, official_name_en VARCHAR);
            CREATE TABLE ref_problem (season VARCHAR, problem_code VARCHAR, track_code VARCHAR, number INTEGER, title_zh VARCHAR, title_en VARCHAR);
            CREATE TABLE ref_committee (season VARCHAR, committee_code VARCHAR, city_zh VARCHAR, city_en VARCHAR, name_zh VARCHAR, name_en VARCHAR, lead_unit_zh VARCHAR);
            CREATE TABLE ref_organizing_name (season VARCHAR, organizer_code VARCHAR, role VARCHAR, name_zh VARCHAR, canonical_name_zh VARCHAR, name_en VARCHAR, kind VARCHAR);
            CREATE TABLE ref_rule (season VARCHAR, rule_id VARCHAR, clause VARCHAR, kind VARCHAR, value VARCHAR, text_zh VARCHAR, text_en VARCHAR,
              label_zh VARCHAR, label_en VARCHAR);
            CREATE TABLE ref_finding_kind (kind VARCHAR, source VARCHAR, name_zh VARCHAR, name_en VARCHAR, description_zh VARCHAR, description_en VARCHAR);
            CREATE TABLE ref_stage (season VARCHAR, stage VARCHAR, stage_order INTEGER, name_zh VARCHAR, name_en VARCHAR, score_method VARCHAR, score_basis VARCHAR);
            CREATE TABLE ref_award_tier (season VARCHAR, stage VARCHAR, tier VARCHAR, tier_order INTEGER, tier_share DOUBLE, tier_at_least INTEGER, tier_names VARCHAR);
            CREATE TABLE ref_rubric (season VARCHAR, stage VARCHAR, criterion VARCHAR, name_zh VARCHAR, name_en VARCHAR, min_score DOUBLE, max_score DOUBLE, weight DOUBLE, notice_clause VARCHAR);
            """);
        foreach (var c in catalogs)
        {
            var s = c.Season.Id;
            var r = c.Rules;
            DuckDbStatements.Append(connection, "ref_season", [[s, c.Season.Year, c.Season.NameZh, c.Season.NameEn, c.Season.DivisionZh, c.Season.DivisionEn,
                c.Season.TrackOfficialNameZh, c.Season.TrackOfficialNameEn, r.PreliminaryReviewDeadline, r.FinalResultsDeadline,
                r.PublicityDays, r.MaxRepresentativesPerTeam, r.MaxProjectsPerTeam, r.MaxTeamsPerRepresentative, r.MaxProblemsPerProject]]);
            DuckDbStatements.Append(connection, "ref_track", c.Tracks.Select(t => new object?[] { s, t.Code, t.Number, t.NameZh, t.NameEn, t.CommitteeCode, c.Season.OfficialNameZh(t), c.Season.OfficialNameEn(t) }));
            DuckDbStatements.Append(connection, "ref_problem", c.Problems.Select(p => new object?[] { s, p.Code, p.TrackCode, p.Number, p.TitleZh, p.TitleEn }));
            DuckDbStatements.Append(connection, "ref_committee", c.Committees.Select(m => new object?[] { s, m.Code, m.CityZh, m.CityEn, m.NameZh, m.NameEn, m.LeadUnitZh }));
            DuckDbStatements.Append(connection, "ref_organizing_name", c.OrganizingUnits.SelectMany(u => u.AllNamesZh.Select(n => new object?[] { s, u.Code, u.Role.ToString(), n, u.NameZh, u.NameEn, u.Kind })));
            DuckDbStatements.Append(connection, "ref_rule", r.All.Select(x => new object?[]
            {
                s, x.Id, x.Clause, x.Kind, x.Value, x.TextZh, x.TextEn, labels.GetValueOrDefault(x.Id).Zh, labels.GetValueOrDefault(x.Id).En,
            }));
            // The notice's stages (三): written and on-site preliminary review by the mean of the judges' totals, the final
            // roadshow by the trimmed mean (去掉一个最高分和一个最低分); its tiers per track: first 10 % (at least one),
            // second 20 %, third 30 % of the finalists.
            DuckDbStatements.Append(connection, "ref_stage", StageNames.All.Select((g, i) => new object?[]
            {
                s, g.Code(), i + 1, g.NameZh(), g.NameEn(), g == Stage.FinalRoadshow ? "trimmed_mean" : "mean", "raw",
            }));
            (string Tier, double Share, int AtLeast)[] tiers = [("first", 0.1, 1), ("second", 0.2, 0), ("third", 0.3, 0)];
            DuckDbStatements.Append(connection, "ref_award_tier", tiers.Select((t, i) => new object?[]
            {
                s, Stage.FinalRoadshow.Code(), t.Tier, i + 1, t.Share, t.AtLeast, c.Season.AwardTiers.FirstOrDefault(a => a.Code == t.Tier)?.NameZh,
            }));
            DuckDbStatements.Append(connection, "ref_rubric", c.Rubrics.SelectMany(b => b.Criteria.Select(k => new object?[] { s, b.Stage.Code(), k.Code, k.NameZh, k.NameEn, (double)k.MinScore, (double)k.MaxScore, k.Weight, k.NoticeClause })));
        }

        DuckDbStatements.Append(connection, "ref_finding_kind", kinds.Select(k => k.Select(v => (object?)v).ToArray()));
    }
}
