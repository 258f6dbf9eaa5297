-- severity: error
-- analysis_input has one fingerprint per season, and every season with scores has one
-- scope: season
SELECT season, count(*) AS n FROM analysis_input GROUP BY ALL HAVING count(*) > 1
UNION ALL
SELECT DISTINCT s.season, 0 FROM fact_score AS s WHERE NOT EXISTS (SELECT 1 FROM analysis_input AS a WHERE a.season = s.season)
