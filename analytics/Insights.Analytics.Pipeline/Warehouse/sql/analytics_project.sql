-- projects.csv in the warehouse: one row per project and analysis unit.
CREATE TABLE IF NOT EXISTS analytics_project (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, project_id VARCHAR NOT NULL,
    n_judges INTEGER, raw_mean DOUBLE, fair_score DOUBLE, rank_raw INTEGER, rank_fair INTEGER, p_award_tier DOUBLE,
    flip_judges INTEGER, flip_mark_points DOUBLE, p_tier_fresh DOUBLE, p_award_fresh DOUBLE,
    tier VARCHAR, tier_fair VARCHAR, tier_standard VARCHAR, tier_published VARCHAR
);
-- Warehouses analysed before the award-margin certificate get its columns (appended last, as in the table above).
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS flip_judges INTEGER;
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS flip_mark_points DOUBLE;
-- ... and those analysed before the fresh-panel probabilities get theirs.
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS p_tier_fresh DOUBLE;
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS p_award_fresh DOUBLE;
-- ... and those analysed before the stage plans (rules files) get the tiers by rule, fair score, standardized marks and as published.
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS tier VARCHAR;
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS tier_fair VARCHAR;
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS tier_standard VARCHAR;
ALTER TABLE analytics_project ADD COLUMN IF NOT EXISTS tier_published VARCHAR
