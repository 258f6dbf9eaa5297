-- severity: warn
-- every awarded project is registered in its track
SELECT a.season, a.project_id, a.track_code FROM fact_award AS a
WHERE NOT EXISTS (SELECT 1 FROM dim_project AS p WHERE p.season = a.season AND p.project_id = a.project_id AND p.track_code = a.track_code)
