-- severity: error
-- the coded columns of the analytics tables hold only their accepted values
SELECT 'analytics_finding.level' AS col, level AS value FROM analytics_finding WHERE level NOT IN ('error', 'warning', 'info')
UNION ALL SELECT 'analytics_finding.kind', kind FROM analytics_finding WHERE kind NOT IN (SELECT kind FROM ref_finding_kind WHERE source = 'analytics')
UNION ALL SELECT 'analytics_power.status', status FROM analytics_power WHERE status NOT IN ('flagged', 'clean', 'untestable')
