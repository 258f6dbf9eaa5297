-- R-ENTRANT-BLACKLIST (五（一）1): a unit on a credit blacklist (失信被执行人, 重大税收违法, 政府采购严重违法失信) on a team.
SELECT DISTINCT t.season, 'R-ENTRANT-BLACKLIST' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, t.credit_code,
       '参赛单位“' || t.unit_name || '”在“' || b.list_type || '”名单上，不得参赛' AS message_zh,
       'entrant ''' || t.unit_name || ''' is on the list ''' || b.list_type || ''' and may not compete' AS message_en,
       json_object('unit_name', t.unit_name, 'unit_role', t.unit_role, 'list_type', b.list_type, 'listed_on', b.listed_on, 'list_source', b.list_source) AS evidence
FROM int_team_unit AS t
JOIN stg_blacklist AS b ON b.season = t.season AND (b.credit_code = t.credit_code OR b.unit_name = t.unit_name)
LEFT JOIN dim_project AS p ON p.season = t.season AND p.team_id = t.team_id
