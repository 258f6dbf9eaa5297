-- R-TEAM-ONE-PROJECT (五（一）2): a team that submitted more than one project.
SELECT t.season, 'R-TEAM-ONE-PROJECT' AS rule_id, 'error' AS level,
       NULL AS track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, NULL AS project_id, t.team_id, t.lead_credit_code AS credit_code,
       '团队 ' || t.team_id || ' 提交了 ' || t.n_projects || ' 个项目（每个团队只能提交 1 个）' AS message_zh,
       'team ' || t.team_id || ' submitted ' || t.n_projects || ' projects (one per team)' AS message_en,
       json_object('n_projects', t.n_projects,
                   'projects', (SELECT list(DISTINCT p.project_id) FROM stg_project AS p WHERE p.season = t.season AND p.team_id = t.team_id)) AS evidence
FROM dim_team AS t
JOIN ref_season AS s ON s.season = t.season
WHERE t.n_projects > s.max_projects_per_team
