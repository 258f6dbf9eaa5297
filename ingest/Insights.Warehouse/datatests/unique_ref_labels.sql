-- severity: error
-- the label tables have one row per code: finding kind, rule, criterion, committee and stage of a season
SELECT 'ref_finding_kind' AS ref, NULL AS season, kind AS code, count(*) AS n FROM ref_finding_kind GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ref_rule', season, rule_id, count(*) FROM ref_rule GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ref_criterion', season, criterion, count(*) FROM ref_criterion GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ref_committee', season, committee_code, count(*) FROM ref_committee GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'ref_stage', season, stage, count(*) FROM ref_stage GROUP BY ALL HAVING count(*) > 1
