-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): judges.csv:
-- one row per judge and analysis unit (docs/analytics.md).
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS judge_id,
       NULL::INTEGER AS n_scores,
       NULL::INTEGER AS n_projects,
       NULL::DOUBLE AS mean_score,
       NULL::DOUBLE AS severity,
       NULL::DOUBLE AS severity_se,
       NULL::DOUBLE AS infit,
       NULL::DOUBLE AS outfit,
       NULL::VARCHAR AS flags,
       NULL::DOUBLE AS anomaly_score
WHERE false
