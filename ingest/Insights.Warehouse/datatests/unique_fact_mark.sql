-- severity: error
-- fact_mark has one row per judge, project, criterion, stage and round; exactly one round of each key counts
-- scope: season
SELECT season, stage, track_code, panel_id, judge_id, project_id, criterion, count(*) AS n, count(*) FILTER (WHERE counted) AS counted
FROM fact_mark
WHERE (season, stage, track_code, judge_id, project_id, criterion) IN (SELECT season, stage, track_code, judge_id, project_id, criterion FROM fact_mark WHERE round > 0)
GROUP BY season, stage, track_code, panel_id, judge_id, project_id, criterion
HAVING count(*) <> count(DISTINCT round) OR count(*) FILTER (WHERE counted) <> 1
