-- materialized: view
-- What the analyze job reads of each season (its scores, judges, projects, teams and units, its stage plan and its
-- published awards; the lineage columns left out, so re-landing the same rows changes nothing) as one fingerprint per
-- season. Analyze stores the
-- fingerprint with its results (analytics_run.input_fingerprint); a rebuild of the warehouse keeps a season's
-- analysis only while its fingerprint is unchanged, and reports the others as needing a new analyze.
SELECT season, count(*) AS input_rows, CAST(sum(h) AS VARCHAR) AS input_fingerprint
FROM (
    SELECT season, hash(s) AS h FROM (SELECT * EXCLUDE (batch_id, source_file, source_row, source_column) FROM fact_score) AS s
    UNION ALL SELECT season, hash(j) FROM dim_judge AS j
    UNION ALL SELECT season, hash(p) FROM dim_project AS p
    UNION ALL SELECT season, hash(t) FROM dim_team AS t
    UNION ALL SELECT season, hash(u) FROM dim_unit AS u
    UNION ALL SELECT season, hash(d) FROM dim_stage AS d
    UNION ALL SELECT season, hash(t) FROM dim_award_tier AS t
    UNION ALL SELECT season, hash(a) FROM (SELECT * EXCLUDE (batch_id, source_file, source_row) FROM fact_award) AS a
)
GROUP BY season
