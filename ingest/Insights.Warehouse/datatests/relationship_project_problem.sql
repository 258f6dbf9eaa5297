-- severity: error
-- every registered project's problem belongs to its track
SELECT p.season, p.project_id, p.track_code, p.problem_code FROM dim_project AS p
WHERE p.is_registered AND NOT EXISTS (
    SELECT 1 FROM dim_problem AS q WHERE q.season = p.season AND q.problem_code = p.problem_code AND q.track_code = p.track_code)
