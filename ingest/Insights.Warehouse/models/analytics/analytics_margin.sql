-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): margins.csv:
-- the award-margin certificate, one row per project of a unit with a tier rule and a complete panel (tiers one-based,
-- 0 = none; the witness columns are NULL where no removal or mark flips the tier).
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS project_id,
       NULL::INTEGER AS tier,
       NULL::INTEGER AS flip_judges,
       NULL::VARCHAR AS judges_removed,
       NULL::INTEGER AS tier_without_judges,
       NULL::INTEGER AS max_removed,
       NULL::DOUBLE AS flip_mark_points,
       NULL::VARCHAR AS mark_judge_id,
       NULL::VARCHAR AS mark_project_id,
       NULL::VARCHAR AS mark_criterion,
       NULL::DOUBLE AS mark_from,
       NULL::DOUBLE AS mark_to,
       NULL::INTEGER AS tier_after_mark,
       NULL::DOUBLE AS residual_sd
WHERE false
