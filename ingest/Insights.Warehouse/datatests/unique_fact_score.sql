-- severity: error
-- fact_score has one row per judge, project, criterion and stage (across all files of a season)
SELECT season, stage, track_code, panel_id, judge_id, project_id, criterion, count(*) AS n
FROM fact_score GROUP BY ALL HAVING count(*) > 1
