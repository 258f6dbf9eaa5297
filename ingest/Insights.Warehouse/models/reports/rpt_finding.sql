-- Findings as the reports list them: the subject's stage in the season's order (dim_stage) for sorting, what was
-- found (the rule id or the analytics kind) with its label in both languages (ref_finding_kind holds every kind and
-- rule id), the criterion from the evidence with the rubric's names, and the messages never NULL.
SELECT f.finding_id, f.source, f.kind, f.rule_id, coalesce(f.rule_id, f.kind) AS what, f.level, f.season, f.track_code, f.stage,
       coalesce(d.stage_order, 99) AS stage_order, f.judge_id, f.project_id, f.statistic, f.p_value,
       coalesce(f.message_zh, '') AS message_zh, coalesce(f.message_en, '') AS message_en,
       e.criterion,
       coalesce(k.name_zh, coalesce(f.rule_id, f.kind)) AS what_zh, coalesce(k.name_en, coalesce(f.rule_id, f.kind)) AS what_en,
       coalesce(r.name_zh, e.criterion) AS criterion_zh, coalesce(r.name_en, e.criterion) AS criterion_en
FROM fact_finding AS f
CROSS JOIN LATERAL (SELECT CASE WHEN json_valid(f.evidence) THEN json_extract_string(f.evidence, '$.criterion') END AS criterion) AS e
LEFT JOIN dim_stage AS d ON d.season = f.season AND d.stage = f.stage
LEFT JOIN ref_finding_kind AS k ON k.kind = coalesce(f.rule_id, f.kind)
LEFT JOIN ref_rubric AS r ON r.season = f.season AND r.stage = f.stage AND r.criterion = e.criterion
