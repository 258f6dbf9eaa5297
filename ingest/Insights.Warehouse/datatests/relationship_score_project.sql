-- severity: error
-- every score's project is in dim_project
-- scope: season
SELECT DISTINCT s.season, s.project_id FROM fact_score AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_project AS p WHERE p.season = s.season AND p.project_id = s.project_id)
