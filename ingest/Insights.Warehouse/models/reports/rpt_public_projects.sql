-- Every registered project of a season as the public counts see it: its team, track and problem statement.
SELECT season, project_id, team_id, track_code, problem_code
FROM dim_project
WHERE is_registered
