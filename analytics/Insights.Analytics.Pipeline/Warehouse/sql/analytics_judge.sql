-- judges.csv in the warehouse: one row per judge and analysis unit (docs/analytics.md).
CREATE TABLE IF NOT EXISTS analytics_judge (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, judge_id VARCHAR NOT NULL,
    n_scores INTEGER, n_projects INTEGER, mean_score DOUBLE, severity DOUBLE, severity_se DOUBLE,
    infit DOUBLE, outfit DOUBLE, flags VARCHAR, anomaly_score DOUBLE
);
-- Warehouses analysed before anomaly_score existed get the column (appended last, as in the table above).
ALTER TABLE analytics_judge ADD COLUMN IF NOT EXISTS anomaly_score DOUBLE
