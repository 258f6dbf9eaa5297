-- One row per season analysed: the summary.json of the last analyze run that covered it.
CREATE TABLE IF NOT EXISTS analytics_run (
    season VARCHAR NOT NULL, seed INTEGER, pooled BOOLEAN, summary JSON
)
