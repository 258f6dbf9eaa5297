-- severity: error
-- dim_track has one row per season and track
SELECT season, track_code, count(*) AS n FROM dim_track GROUP BY ALL HAVING count(*) > 1
