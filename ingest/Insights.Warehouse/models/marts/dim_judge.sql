-- Judges: as listed, plus judges seen only on panels or in scores (outside data has no judge list).
SELECT season, judge_id, judge_name, unit_name, city, expert_type, title, phone_hash, phone_masked, true AS is_listed
FROM stg_judge
UNION ALL
SELECT season, judge_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false
FROM (SELECT season, judge_id FROM stg_score UNION SELECT season, judge_id FROM stg_panel_member) AS seen
WHERE NOT EXISTS (SELECT 1 FROM stg_judge AS j WHERE j.season = seen.season AND j.judge_id = seen.judge_id)
