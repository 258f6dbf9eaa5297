-- Findings as the reports list them: the subject's stage in the season's order (dim_stage) for sorting, the criterion
-- from the evidence, and the messages never NULL.
SELECT f.finding_id, f.source, f.kind, f.rule_id, coalesce(f.rule_id, f.kind) AS what, f.level, f.season, f.track_code, f.stage,
       coalesce(d.stage_order, 99) AS stage_order, f.judge_id, f.project_id, f.statistic, f.p_value,
       coalesce(f.message_zh, '') AS message_zh, coalesce(f.message_en, '') AS message_en,
       CASE WHEN json_valid(f.evidence) THEN json_extract_string(f.evidence, '$.criterion') END AS criterion
FROM fact_finding AS f
LEFT JOIN dim_stage AS d ON d.season = f.season AND d.stage = f.stage
