namespace Insights.Ingest.Datasets;

/// <summary>The datasets of the lake. Their columns are the contract the warehouse's staging models read.</summary>
public static class LakeDatasets
{
    private static LakeColumn T(string name, string description) => new(name, ValueKind.Text, description);

    private static LakeColumn Season() => T("season", "season id, e.g. 2024-JS");

    /// <summary>Entrant units (参赛单位).</summary>
    public static LakeDataset Unit { get; } = new("unit", "one entrant unit", [
        Season(),
        T("credit_code", "unified social credit code (统一社会信用代码), upper case"),
        T("credit_code_problem", "null when the code passes the GB 32100-2015 check; else what is wrong (length, character, check_character)"),
        T("unit_name", "unit name"),
        T("unit_type", "enterprise | institution | research_institute | university"),
        T("city", "city (Chinese name)"),
        T("parent_unit_name", "parent unit (上级单位), if any"),
        new("registered_on", ValueKind.Date, "date the unit registered on the website"),
    ]);

    /// <summary>Teams (参赛团队).</summary>
    public static LakeDataset Team { get; } = new("team", "one team", [
        Season(),
        T("team_id", "team id"),
        T("team_name", "team name"),
        T("lead_unit_name", "lead unit (牵头单位)"),
        T("lead_credit_code", "lead unit's credit code"),
        T("partner_unit_names", "partner units, '; '-separated"),
        T("partner_credit_codes", "partner units' credit codes, '; '-separated"),
        new("registered_at", ValueKind.DateTime, "registration time"),
        T("review_status", "registration review status (审核状态)"),
        T("division", "the division the team registered in, when the export says"),
    ]);

    /// <summary>Team representatives (参赛代表). Phones and ID numbers are stored only as keyed hashes and masks.</summary>
    public static LakeDataset Representative { get; } = new("representative", "one representative of one team", [
        Season(),
        T("team_id", "team id"),
        new("seq", ValueKind.WholeNumber, "position in the team's list"),
        T("person_name", "name"),
        T("phone_hash", "keyed hash (HMAC-SHA256) of the normalized mobile number"),
        T("phone_masked", "mobile number with the middle digits masked"),
        T("id_number_hash", "keyed hash of the ID number, when given"),
        T("id_number_masked", "ID number masked, when given"),
        T("unit_name", "unit the person works for"),
        T("position", "job title"),
        new("is_team_lead", ValueKind.Boolean, "the team's lead representative"),
    ]);

    /// <summary>Projects (参赛项目).</summary>
    public static LakeDataset Project { get; } = new("project", "one project as registered", [
        Season(),
        T("project_id", "project id"),
        T("team_id", "team id"),
        T("project_name", "project name"),
        T("track_code", "track code, e.g. T06"),
        T("problem_code", "problem code, e.g. T06-P02"),
        new("submitted_at", ValueKind.DateTime, "submission time"),
    ]);

    /// <summary>Judges (评审专家). Phones are stored only as keyed hashes and masks.</summary>
    public static LakeDataset Judge { get; } = new("judge", "one judge", [
        Season(),
        T("judge_id", "judge id"),
        T("judge_name", "name (never shown on public pages)"),
        T("unit_name", "employer"),
        T("city", "city"),
        T("expert_type", "kind of expert (专家类型)"),
        T("title", "professional title"),
        T("phone_hash", "keyed hash of the mobile number"),
        T("phone_masked", "masked mobile number"),
    ]);

    /// <summary>Panel membership (评审组).</summary>
    public static LakeDataset PanelMember { get; } = new("panel_member", "one judge's seat on one panel", [
        Season(),
        T("track_code", "track code"),
        T("stage", "preliminary_written | preliminary_onsite | final_roadshow"),
        T("panel_id", "panel id"),
        T("judge_id", "judge id"),
        T("role", "chair | member"),
    ]);

    /// <summary>Review scores, one per judge, project and criterion.</summary>
    public static LakeDataset Score { get; } = new("score", "one judge's mark for one project on one criterion", [
        Season(),
        T("stage", "stage code (notice seasons) or the label given"),
        T("track", "track code (notice seasons) or the label given"),
        T("panel_id", "panel id or label"),
        T("judge_id", "judge id"),
        T("project_id", "project id"),
        T("criterion", "criterion code (notice seasons) or the label given"),
        new("score", ValueKind.Real, "the mark"),
        new("min_score", ValueKind.Real, "lowest mark of the criterion's scale, when known"),
        new("max_score", ValueKind.Real, "highest mark of the criterion's scale, when known"),
        new("scored_at", ValueKind.DateTime, "when the mark was given"),
        new("reported_total", ValueKind.Real, "the total the source sheet reported for this judge and project (wide sheets)"),
        T("judge_group", "judge's affiliation key (unit, city or country), when given"),
        T("project_group", "project's affiliation key, when given"),
        new("round", ValueKind.WholeNumber, "round within the stage: 0 the original mark, 1 the first reconsideration (复议), ...; the mark that counts is the latest round"),
        T("round_label", "the round as the source names it (e.g. 复议), null for the original"),
        new("standard_score", ValueKind.Real, "the competition's own standardized version of this mark (标准分), when the source has it"),
        T("source_column", "the column of the source cell the mark was read from (wide review sheets: one row holds many marks)"),
    ]);

    /// <summary>Awards (获奖名单).</summary>
    public static LakeDataset Award { get; } = new("award", "one award to one project", [
        Season(),
        T("track_code", "track code"),
        T("project_id", "project id"),
        T("lead_unit_name", "lead unit as printed on the list"),
        T("tier", "first | second | third | single"),
        T("single_award_name", "name of a single award (单项奖)"),
        new("final_score", ValueKind.Real, "final roadshow score on the list"),
        new("national_final", ValueKind.Boolean, "recommended to the national final"),
        new("publicity_start", ValueKind.Date, "first day of the publicity period (results published)"),
        new("publicity_end", ValueKind.Date, "last day of the publicity period"),
        T("stage", "the stage whose ranking gave the award, when the source says (review sheets)"),
        new("published_rank", ValueKind.WholeNumber, "the rank the competition published, when the source has it"),
        T("tier_label", "the tier as the source printed it (一等奖, Gold, ...)"),
    ]);

    /// <summary>Publicity-period complaints (公示期举报). Reporter identity only as keyed hashes and masks.</summary>
    public static LakeDataset Complaint { get; } = new("complaint", "one complaint", [
        Season(),
        T("complaint_id", "complaint id"),
        T("project_id", "project complained about"),
        T("track_code", "track code"),
        new("filed_at", ValueKind.DateTime, "when it was filed"),
        T("reporter_type", "real_name | anonymous"),
        T("reporter_name_masked", "masked reporter name"),
        T("reporter_phone_hash", "keyed hash of the reporter's phone"),
        T("reporter_phone_masked", "masked reporter phone"),
        new("has_evidence", ValueKind.Boolean, "evidence was attached"),
        T("evidence_files", "evidence file names, '; '-separated"),
        T("reason", "stated reason"),
        T("status", "handling status"),
    ]);

    /// <summary>Credit blacklist entries (信用中国 lists).</summary>
    public static LakeDataset Blacklist { get; } = new("blacklist", "one blacklisted unit", [
        Season(),
        T("credit_code", "credit code"),
        T("unit_name", "unit name"),
        T("list_type", "which list"),
        new("listed_on", ValueKind.Date, "date listed"),
        T("list_source", "source of the list"),
    ]);

    /// <summary>A season's declared rules (the rules file): one row per award tier of a stage, or per stage without tiers.</summary>
    public static LakeDataset StageRule { get; } = new("stage_rule", "one award tier of a stage, or one stage without tiers, of a season's rules file", [
        Season(),
        T("stage", "stage label as the score data names it"),
        new("stage_order", ValueKind.WholeNumber, "position of the stage in the competition, 1 first"),
        T("name_zh", "stage name, Chinese"),
        T("name_en", "stage name, English"),
        T("score_method", "mean | trimmed_mean (the judges' totals of a project)"),
        T("score_basis", "raw | standard (the competition's standardized marks)"),
        new("advance_count", ValueKind.WholeNumber, "the top N go on to the next stage"),
        new("advance_share", ValueKind.Real, "the top share (0-1) go on to the next stage"),
        T("tier", "award tier code, null for a stage without tiers"),
        new("tier_order", ValueKind.WholeNumber, "1 for the best tier"),
        new("tier_count", ValueKind.WholeNumber, "projects in the tier, per track"),
        new("tier_share", ValueKind.Real, "share (0-1) of the track's projects in the stage"),
        new("tier_min_score", ValueKind.Real, "lowest final score of the tier"),
        new("tier_at_least", ValueKind.WholeNumber, "fewest projects of a share tier"),
        T("tier_names", "how the data names the tier, '; '-separated"),
    ]);

    /// <summary>Rows the ingest could not take, with the reason.</summary>
    public static LakeDataset Quarantine { get; } = new("quarantine", "one source row that was not landed, with why", [
        Season(),
        T("feed", "what kind of file it came from"),
        T("source_column", "the column at fault ('' for the whole row)"),
        T("value", "the offending value (truncated to 200 characters)"),
        T("reason_zh", "reason, Chinese"),
        T("reason_en", "reason, English"),
        T("scope", "row: the whole source row was not landed | cell: one cell (a mark) was not, the rest of its row landed"),
    ]);

    /// <summary>Every dataset, in landing order.</summary>
    public static IReadOnlyList<LakeDataset> All { get; } =
        [Blacklist, Unit, Team, Representative, Project, Judge, PanelMember, Score, Award, Complaint, StageRule, Quarantine];

    /// <summary>The dataset with this name.</summary>
    /// <param name="name">Dataset name.</param>
    public static LakeDataset Named(string name) =>
        All.FirstOrDefault(d => d.Name == name) ?? throw new KeyNotFoundException($"no lake dataset {name}");
}
