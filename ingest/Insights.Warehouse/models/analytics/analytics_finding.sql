-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): findings.csv
-- (with the criterion of outlying marks); analyze copies it into fact_finding as source 'analytics'.
SELECT NULL::VARCHAR AS kind,
       NULL::VARCHAR AS level,
       NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS panel_id,
       NULL::VARCHAR AS judge_id,
       NULL::VARCHAR AS project_id,
       NULL::VARCHAR AS criterion,
       NULL::DOUBLE AS statistic,
       NULL::DOUBLE AS p_value,
       NULL::VARCHAR AS evidence_zh,
       NULL::VARCHAR AS evidence_en
WHERE false
