-- severity: error
-- rpt_finding: one row per finding of fact_finding, none lost or doubled by the stage join
SELECT 'rpt_finding' AS model, (SELECT count(*) FROM rpt_finding) AS rows, (SELECT count(*) FROM fact_finding) AS findings,
       (SELECT count(DISTINCT finding_id) FROM rpt_finding) AS ids
WHERE (SELECT count(*) FROM rpt_finding) <> (SELECT count(*) FROM fact_finding)
   OR (SELECT count(DISTINCT finding_id) FROM rpt_finding) <> (SELECT count(*) FROM rpt_finding)
