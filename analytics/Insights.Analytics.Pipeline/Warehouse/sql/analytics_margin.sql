-- margins.csv in the warehouse: the award-margin certificate, one row per project of a unit with a tier rule and a
-- complete panel (tiers one-based, 0 = none; the witness columns are NULL where no removal or mark flips the tier).
CREATE TABLE IF NOT EXISTS analytics_margin (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, project_id VARCHAR NOT NULL,
    tier INTEGER, flip_judges INTEGER, judges_removed VARCHAR, tier_without_judges INTEGER, max_removed INTEGER,
    flip_mark_points DOUBLE, mark_judge_id VARCHAR, mark_project_id VARCHAR, mark_criterion VARCHAR,
    mark_from DOUBLE, mark_to DOUBLE, tier_after_mark INTEGER, residual_sd DOUBLE
)
