-- severity: error
-- fact_score has one row per judge, project, criterion and stage (across all files of a season)
-- scope: season
-- Grouping ten million rows by seven text columns is slow; group by their hash first, then check the few hash
-- groups that repeat on the real columns, so the test stays exact.
WITH hashed AS (
    SELECT hash(season, stage, track_code, panel_id, judge_id, project_id, criterion) AS k FROM fact_score
), repeated AS (
    SELECT k FROM hashed GROUP BY k HAVING count(*) > 1
)
SELECT season, stage, track_code, panel_id, judge_id, project_id, criterion, count(*) AS n
FROM fact_score
WHERE hash(season, stage, track_code, panel_id, judge_id, project_id, criterion) IN (SELECT k FROM repeated)
GROUP BY ALL
HAVING count(*) > 1
