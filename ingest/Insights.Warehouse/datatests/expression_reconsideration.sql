-- severity: error
-- a project's score moves by reconsideration only when one of its marks was reconsidered
-- scope: season
SELECT season, stage, track_code, project_id, score_change FROM mart_reconsideration
WHERE reconsidered_marks = 0 AND abs(score_change) > 1e-9
