-- severity: error
-- rpt_public_tracks has one row per season and track
SELECT season, track_code, count(*) AS n FROM rpt_public_tracks GROUP BY ALL HAVING count(*) > 1
