-- severity: error
-- every score's track is in dim_track
-- scope: season
SELECT DISTINCT s.season, s.track_code FROM fact_score AS s
WHERE NOT EXISTS (SELECT 1 FROM dim_track AS t WHERE t.season = s.season AND t.track_code = s.track_code)
