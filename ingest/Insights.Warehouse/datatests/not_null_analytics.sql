-- severity: error
-- the keys of the analytics tables are never null, and every analysed season has its input fingerprint
SELECT 'analytics_judge' AS tbl, season, stage, track_code FROM analytics_judge
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR judge_id IS NULL
UNION ALL SELECT 'analytics_panel', season, stage, track_code FROM analytics_panel
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR panel_id IS NULL
UNION ALL SELECT 'analytics_project', season, stage, track_code FROM analytics_project
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR project_id IS NULL
UNION ALL SELECT 'analytics_margin', season, stage, track_code FROM analytics_margin
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR project_id IS NULL
UNION ALL SELECT 'analytics_power', season, stage, track_code FROM analytics_power
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR judge_id IS NULL OR kind IS NULL OR status IS NULL
UNION ALL SELECT 'analytics_rasch', season, stage, track_code FROM analytics_rasch
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR facet IS NULL OR element_id IS NULL
UNION ALL SELECT 'analytics_finding', season, stage, track_code FROM analytics_finding
WHERE season IS NULL OR kind IS NULL OR level IS NULL
UNION ALL SELECT 'analytics_run', season, NULL, NULL FROM analytics_run WHERE season IS NULL OR input_fingerprint IS NULL
UNION ALL SELECT 'analytics_stage_link', season, to_stage, track_code FROM analytics_stage_link
WHERE season IS NULL OR track_code IS NULL OR from_stage IS NULL OR to_stage IS NULL OR projects_on_both IS NULL
UNION ALL SELECT 'analytics_unit', season, stage, track_code FROM analytics_unit
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR marks IS NULL OR judges IS NULL OR projects IS NULL
