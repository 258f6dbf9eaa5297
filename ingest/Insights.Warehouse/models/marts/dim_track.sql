-- Tracks: the notice's tracks for seasons with reference data, and the track labels of outside score data.
SELECT season, track_code, number, name_zh, name_en, committee_code, official_name_zh, official_name_en, true AS has_reference
FROM ref_track
UNION ALL
SELECT DISTINCT s.season, s.track_code, NULL::INTEGER, s.track_code, s.track_code, NULL, NULL, NULL, false
FROM stg_score AS s
WHERE NOT EXISTS (SELECT 1 FROM ref_season AS r WHERE r.season = s.season)
