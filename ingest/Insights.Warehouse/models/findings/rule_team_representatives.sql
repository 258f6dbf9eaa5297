-- R-TEAM-MAX-REPRESENTATIVES (五（一）2): a team with more representatives than the season allows.
SELECT t.season, 'R-TEAM-MAX-REPRESENTATIVES' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, t.lead_credit_code AS credit_code,
       '团队 ' || t.team_id || ' 有 ' || t.n_representatives || ' 名参赛代表，超过上限 ' || s.max_representatives_per_team || ' 人' AS message_zh,
       'team ' || t.team_id || ' has ' || t.n_representatives || ' representatives, more than the limit of ' || s.max_representatives_per_team AS message_en,
       json_object('n_representatives', t.n_representatives, 'limit', s.max_representatives_per_team) AS evidence
FROM dim_team AS t
JOIN ref_season AS s ON s.season = t.season
LEFT JOIN dim_project AS p ON p.season = t.season AND p.team_id = t.team_id
WHERE t.n_representatives > s.max_representatives_per_team
