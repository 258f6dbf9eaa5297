-- severity: error
-- the keys of the dimensions are never null
SELECT 'dim_project' AS mart, season, project_id AS key FROM dim_project WHERE season IS NULL OR project_id IS NULL OR track_code IS NULL
UNION ALL SELECT 'dim_team', season, team_id FROM dim_team WHERE season IS NULL OR team_id IS NULL
UNION ALL SELECT 'dim_judge', season, judge_id FROM dim_judge WHERE season IS NULL OR judge_id IS NULL
UNION ALL SELECT 'dim_unit', season, credit_code FROM dim_unit WHERE season IS NULL OR credit_code IS NULL
