-- panels.csv in the warehouse: one row per panel and analysis unit.
CREATE TABLE IF NOT EXISTS analytics_panel (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, panel_id VARCHAR NOT NULL,
    n_judges INTEGER, n_projects INTEGER, n_scores INTEGER,
    icc1 DOUBLE, icc2 DOUBLE, icc3 DOUBLE, icc1k DOUBLE, icc2k DOUBLE, icc3k DOUBLE,
    kendall_w DOUBLE, kripp_alpha DOUBLE, var_project DOUBLE, var_judge DOUBLE, var_residual DOUBLE, k_raters DOUBLE
);
-- Warehouses analysed before k_raters existed get the column (appended last, as in the table above).
ALTER TABLE analytics_panel ADD COLUMN IF NOT EXISTS k_raters DOUBLE
