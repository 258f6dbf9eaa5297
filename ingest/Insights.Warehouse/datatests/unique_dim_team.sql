-- severity: error
-- dim_team has one row per season and team
SELECT season, team_id, count(*) AS n FROM dim_team GROUP BY ALL HAVING count(*) > 1
