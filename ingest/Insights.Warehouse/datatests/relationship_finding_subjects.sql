-- severity: warn
-- a finding's project, team and judge exist in their dimensions
SELECT f.finding_id, f.rule_id, 'project' AS subject, f.project_id AS id FROM fact_finding AS f
WHERE f.project_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_project AS p WHERE p.season = f.season AND p.project_id = f.project_id)
UNION ALL
SELECT f.finding_id, f.rule_id, 'team', f.team_id FROM fact_finding AS f
WHERE f.team_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_team AS t WHERE t.season = f.season AND t.team_id = f.team_id)
UNION ALL
SELECT f.finding_id, f.rule_id, 'judge', f.judge_id FROM fact_finding AS f
WHERE f.judge_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_judge AS j WHERE j.season = f.season AND j.judge_id = f.judge_id)
