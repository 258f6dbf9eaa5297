-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): panels.csv:
-- one row per panel and analysis unit.
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS panel_id,
       NULL::INTEGER AS n_judges,
       NULL::INTEGER AS n_projects,
       NULL::INTEGER AS n_scores,
       NULL::DOUBLE AS icc1,
       NULL::DOUBLE AS icc2,
       NULL::DOUBLE AS icc3,
       NULL::DOUBLE AS icc1k,
       NULL::DOUBLE AS icc2k,
       NULL::DOUBLE AS icc3k,
       NULL::DOUBLE AS kendall_w,
       NULL::DOUBLE AS kripp_alpha,
       NULL::DOUBLE AS var_project,
       NULL::DOUBLE AS var_judge,
       NULL::DOUBLE AS var_residual,
       NULL::DOUBLE AS k_raters
WHERE false
