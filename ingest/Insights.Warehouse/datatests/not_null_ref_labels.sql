-- severity: error
-- every code of the label tables has a Chinese and an English label (and a finding kind its description)
SELECT 'ref_finding_kind' AS ref, NULL AS season, kind AS code FROM ref_finding_kind
WHERE nullif(kind, '') IS NULL OR nullif(name_zh, '') IS NULL OR nullif(name_en, '') IS NULL
   OR nullif(description_zh, '') IS NULL OR nullif(description_en, '') IS NULL
UNION ALL SELECT 'ref_rule', season, rule_id FROM ref_rule
WHERE nullif(label_zh, '') IS NULL OR nullif(label_en, '') IS NULL OR nullif(clause, '') IS NULL
UNION ALL SELECT 'ref_criterion', season, criterion FROM ref_criterion WHERE nullif(name_zh, '') IS NULL OR nullif(name_en, '') IS NULL
UNION ALL SELECT 'ref_committee', season, committee_code FROM ref_committee WHERE nullif(city_zh, '') IS NULL OR nullif(city_en, '') IS NULL
UNION ALL SELECT 'ref_stage', season, stage FROM ref_stage WHERE nullif(name_zh, '') IS NULL OR nullif(name_en, '') IS NULL
