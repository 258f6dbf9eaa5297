-- severity: error
-- rpt_committee_scores has one row per season, stage and track, and one division row (track_code NULL) per season and stage
-- scope: season
SELECT season, stage, track_code, count(*) AS n FROM rpt_committee_scores GROUP BY ALL HAVING count(*) > 1
