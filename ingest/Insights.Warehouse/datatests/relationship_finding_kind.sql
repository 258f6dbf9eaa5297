-- severity: error
-- every finding's kind, and a rule finding's rule id, has its labels in ref_finding_kind
SELECT DISTINCT f.source, 'kind' AS code_of, f.kind AS code FROM fact_finding AS f
WHERE NOT EXISTS (SELECT 1 FROM ref_finding_kind AS k WHERE k.kind = f.kind)
UNION ALL
SELECT DISTINCT f.source, 'rule_id', f.rule_id FROM fact_finding AS f
WHERE f.rule_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ref_finding_kind AS k WHERE k.kind = f.rule_id)
