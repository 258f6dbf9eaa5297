-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): power.csv:
-- one row per judge and test (kind) of an analysis unit: flagged, clean or untestable, with the minimum detectable
-- effect.
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS judge_id,
       NULL::VARCHAR AS kind,
       NULL::VARCHAR AS status,
       NULL::INTEGER AS n,
       NULL::DOUBLE AS mde,
       NULL::DOUBLE AS min_p,
       NULL::DOUBLE AS level,
       NULL::DOUBLE AS p
WHERE false
