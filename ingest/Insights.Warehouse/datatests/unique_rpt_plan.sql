-- severity: error
-- the planning shapes have one row per season and project, and per season and judge
SELECT 'rpt_plan_project' AS model, season, project_id AS id, count(*) AS n FROM rpt_plan_project GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT 'rpt_plan_judge', season, judge_id, count(*) FROM rpt_plan_judge GROUP BY ALL HAVING count(*) > 1
