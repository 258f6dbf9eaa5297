-- findings.csv in the warehouse (with the criterion of outlying marks); copied into fact_finding as source 'analytics'.
CREATE TABLE IF NOT EXISTS analytics_finding (
    kind VARCHAR NOT NULL, level VARCHAR NOT NULL, season VARCHAR NOT NULL, stage VARCHAR, track_code VARCHAR,
    panel_id VARCHAR, judge_id VARCHAR, project_id VARCHAR, criterion VARCHAR,
    statistic DOUBLE, p_value DOUBLE, evidence_zh VARCHAR, evidence_en VARCHAR
)
