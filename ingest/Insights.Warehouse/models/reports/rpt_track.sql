-- The head of a track's fairness report, as every reader shows it (the organizer page, the HTML file, the PDF, the
-- committees' and organizers' track lists): names, committee, entries, the last stage's projects, awards and the
-- findings counted by source and level.
-- Entries are the registered projects; outside data has no registrations, so its entries are the projects it scored.
WITH last_stage AS (
    SELECT season, arg_max(stage, stage_order) AS stage FROM dim_stage GROUP BY season
),
registered AS (
    SELECT season, track_code, count(*) AS n FROM dim_project WHERE is_registered GROUP BY season, track_code
),
scored AS (
    SELECT season, track_code, count(DISTINCT project_id) AS n FROM fact_score GROUP BY season, track_code
),
last_scored AS (
    SELECT s.season, s.track_code, count(DISTINCT s.project_id) AS n
    FROM fact_score AS s JOIN last_stage AS l ON l.season = s.season AND l.stage = s.stage
    GROUP BY s.season, s.track_code
),
awards AS (
    SELECT season, track_code, count(*) AS n FROM fact_award GROUP BY season, track_code
),
findings AS (
    SELECT season, track_code,
           count(*) FILTER (WHERE source = 'ingest' AND level = 'error') AS rule_errors,
           count(*) FILTER (WHERE source = 'ingest' AND level <> 'error') AS rule_warnings,
           count(*) FILTER (WHERE source = 'analytics' AND level = 'error') AS analytics_errors,
           count(*) FILTER (WHERE source = 'analytics' AND level <> 'error') AS analytics_warnings
    FROM fact_finding WHERE track_code IS NOT NULL GROUP BY season, track_code
)
SELECT t.season, t.track_code, t.number, t.name_zh, t.name_en, coalesce(t.committee_code, '') AS committee_code,
       coalesce(c.name_zh, '') AS committee_zh, coalesce(c.name_en, '') AS committee_en, t.has_reference,
       CAST(coalesce(nullif(r.n, 0), s.n, 0) AS INTEGER) AS entries,
       CAST(coalesce(l.n, 0) AS INTEGER) AS last_stage_projects,
       CAST(coalesce(a.n, 0) AS INTEGER) AS awards,
       coalesce(f.rule_errors, 0) AS rule_errors, coalesce(f.rule_warnings, 0) AS rule_warnings,
       coalesce(f.analytics_errors, 0) AS analytics_errors, coalesce(f.analytics_warnings, 0) AS analytics_warnings
FROM dim_track AS t
LEFT JOIN ref_committee AS c ON c.season = t.season AND c.committee_code = t.committee_code
LEFT JOIN registered AS r ON r.season = t.season AND r.track_code = t.track_code
LEFT JOIN scored AS s ON s.season = t.season AND s.track_code = t.track_code
LEFT JOIN last_scored AS l ON l.season = t.season AND l.track_code = t.track_code
LEFT JOIN awards AS a ON a.season = t.season AND a.track_code = t.track_code
LEFT JOIN findings AS f ON f.season = t.season AND f.track_code = t.track_code
