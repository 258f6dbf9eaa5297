-- R-TEAM-ONE-DIVISION (五（一）3): a team whose registration names another division.
SELECT t.season, 'R-TEAM-ONE-DIVISION' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, t.lead_credit_code AS credit_code,
       '团队 ' || t.team_id || ' 的报名赛区为“' || t.division || '”，不是' || s.division_zh AS message_zh,
       'team ' || t.team_id || ' registered in division ''' || t.division || ''', not the ' || s.division_en AS message_en,
       json_object('division', t.division) AS evidence
FROM stg_team AS t
JOIN ref_season AS s ON s.season = t.season
LEFT JOIN dim_project AS p ON p.season = t.season AND p.team_id = t.team_id
WHERE t.division IS NOT NULL AND NOT contains(t.division, s.division_zh) AND NOT contains(s.division_zh, t.division)
  AND lower(t.division) NOT IN (lower(s.division_en), 'jiangsu')
