-- severity: error
-- coded columns hold only their accepted values
SELECT 'tier' AS col, tier AS value FROM fact_award WHERE tier NOT IN ('first', 'second', 'third', 'single', 'special', 'merit')
UNION ALL SELECT 'reporter_type', reporter_type FROM fact_complaint WHERE reporter_type NOT IN ('real_name', 'anonymous')
UNION ALL SELECT 'unit_type', unit_type FROM dim_unit WHERE unit_type NOT IN ('enterprise', 'public_institution', 'research_institute', 'university')
UNION ALL SELECT 'level', level FROM fact_finding WHERE level NOT IN ('error', 'warning', 'info')
