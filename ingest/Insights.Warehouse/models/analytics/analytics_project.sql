-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): projects.csv:
-- one row per project and analysis unit; tiers by the stage's rule, by fair score, by standardized marks and as
-- published.
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS project_id,
       NULL::INTEGER AS n_judges,
       NULL::DOUBLE AS raw_mean,
       NULL::DOUBLE AS fair_score,
       NULL::INTEGER AS rank_raw,
       NULL::INTEGER AS rank_fair,
       NULL::DOUBLE AS p_award_tier,
       NULL::INTEGER AS flip_judges,
       NULL::DOUBLE AS flip_mark_points,
       NULL::DOUBLE AS p_tier_fresh,
       NULL::DOUBLE AS p_award_fresh,
       NULL::VARCHAR AS tier,
       NULL::VARCHAR AS tier_fair,
       NULL::VARCHAR AS tier_standard,
       NULL::VARCHAR AS tier_published
WHERE false
