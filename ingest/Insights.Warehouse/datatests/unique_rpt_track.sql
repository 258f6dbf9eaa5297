-- severity: error
-- rpt_track: one row per season and track; its counts are never negative
-- scope: season
SELECT season, track_code, count(*) AS n
FROM rpt_track
GROUP BY season, track_code
HAVING count(*) > 1 OR min(entries) < 0 OR min(awards) < 0 OR min(last_stage_projects) < 0
