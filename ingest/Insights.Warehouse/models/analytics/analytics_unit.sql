-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): one row per
-- analysis unit (season, stage, track; stage 'pooled' when the stages were fitted together), summary.json's units:
-- its size (marks, judges, projects, criteria, panels), scale, the models' convergence and variance components, the
-- connected components of its judge-project graph (1 = a connected design), the projects whose tier the
-- severity-adjusted ranking would change (separated by ';'), and what its ranking decides compared with the published
-- awards (NULL where the stage decides nothing).
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::INTEGER AS marks,
       NULL::INTEGER AS judges,
       NULL::INTEGER AS projects,
       NULL::INTEGER AS criteria,
       NULL::INTEGER AS panels,
       NULL::VARCHAR AS scale,
       NULL::BOOLEAN AS severity_converged,
       NULL::INTEGER AS severity_evaluations,
       NULL::BOOLEAN AS rasch_converged,
       NULL::INTEGER AS rasch_iterations,
       NULL::DOUBLE AS var_project,
       NULL::DOUBLE AS var_judge,
       NULL::DOUBLE AS var_residual,
       NULL::INTEGER AS graph_components,
       NULL::VARCHAR AS calibration_tier_changes,
       NULL::VARCHAR AS decides,
       NULL::VARCHAR AS rule_source,
       NULL::VARCHAR AS basis,
       NULL::INTEGER AS decided,
       NULL::INTEGER AS published,
       NULL::INTEGER AS published_differs_from_rule,
       NULL::INTEGER AS fair_differs_from_rule,
       NULL::INTEGER AS standard_differs_from_fair
WHERE false
