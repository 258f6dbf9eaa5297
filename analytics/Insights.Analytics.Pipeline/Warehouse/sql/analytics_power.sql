-- power.csv in the warehouse: one row per judge and test (kind) of an analysis unit: flagged, clean or untestable,
-- with the minimum detectable effect.
CREATE TABLE IF NOT EXISTS analytics_power (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, judge_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, status VARCHAR NOT NULL, n INTEGER,
    mde DOUBLE, min_p DOUBLE, level DOUBLE, p DOUBLE
)
