-- One row per project: as registered (the first problem it was registered with), else as seen in outside score data.
WITH registered AS (
    SELECT *, row_number() OVER (PARTITION BY season, project_id ORDER BY submitted_at NULLS LAST, source_row) AS k
    FROM stg_project
)
SELECT r.season, r.project_id, r.team_id, r.project_name, r.track_code, r.problem_code, r.submitted_at,
       t.committee_code, true AS is_registered
FROM registered AS r
LEFT JOIN ref_track AS t ON t.season = r.season AND t.track_code = r.track_code
WHERE r.k = 1
UNION ALL
SELECT s.season, s.project_id, NULL, NULL, min(s.track_code), NULL, NULL, NULL, false
FROM stg_score AS s
WHERE NOT EXISTS (SELECT 1 FROM stg_project AS p WHERE p.season = s.season AND p.project_id = s.project_id)
GROUP BY s.season, s.project_id
