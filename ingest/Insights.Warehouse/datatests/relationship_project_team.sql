-- severity: warn
-- every registered project's team is registered
SELECT p.season, p.project_id, p.team_id FROM dim_project AS p
WHERE p.is_registered AND NOT EXISTS (SELECT 1 FROM dim_team AS t WHERE t.season = p.season AND t.team_id = p.team_id)
