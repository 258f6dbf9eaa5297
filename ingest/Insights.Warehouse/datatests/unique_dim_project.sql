-- severity: error
-- dim_project has one row per season and project
SELECT season, project_id, count(*) AS n FROM dim_project GROUP BY ALL HAVING count(*) > 1
