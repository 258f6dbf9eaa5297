-- severity: error
-- dim_panel has one row per season, track, stage and panel
SELECT season, track_code, stage, panel_id, count(*) AS n FROM dim_panel GROUP BY ALL HAVING count(*) > 1
