-- severity: error
-- the analytics tables have one row per key: a unit (season, stage, track), its judges, panels and projects, a
-- judge's test, a Rasch element, a stage link of a track, a season's run
SELECT 'analytics_judge' AS tbl, season, stage, track_code, judge_id AS key, count(*) AS n FROM analytics_judge GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_panel', season, stage, track_code, panel_id, count(*) FROM analytics_panel GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_project', season, stage, track_code, project_id, count(*) FROM analytics_project GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_margin', season, stage, track_code, project_id, count(*) FROM analytics_margin GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_power', season, stage, track_code, judge_id || '|' || kind, count(*) FROM analytics_power GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_rasch', season, stage, track_code, facet || '|' || element_id, count(*) FROM analytics_rasch GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_run', season, NULL, NULL, NULL, count(*) FROM analytics_run GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_stage_link', season, from_stage || '→' || to_stage, track_code, NULL, count(*) FROM analytics_stage_link GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'analytics_unit', season, stage, track_code, NULL, count(*) FROM analytics_unit GROUP BY ALL HAVING count(*) > 1
