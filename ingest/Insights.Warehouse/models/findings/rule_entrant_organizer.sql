-- R-ENTRANT-ORGANIZER (五（一）5): an organizing unit, or its branch, subsidiary or parent, on a team.
-- A unit matches when its name or its parent's name contains an organizing unit's name (or alias).
SELECT DISTINCT t.season, 'R-ENTRANT-ORGANIZER' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, t.credit_code,
       '参赛单位“' || t.unit_name || '”' || CASE WHEN contains(t.unit_name, o.name_zh) THEN '名称含组织单位“' ELSE '的上级单位含组织单位“' END
           || o.name_zh || '”（' || o.organizer_code || '），不得在本赛区参赛' AS message_zh,
       'entrant ''' || t.unit_name || ''' ' || CASE WHEN contains(t.unit_name, o.name_zh) THEN 'is named after' ELSE 'has as parent' END
           || ' organizing unit ' || o.organizer_code || ' (' || o.name_en || ') and may not compete in this division' AS message_en,
       json_object('unit_name', t.unit_name, 'unit_role', t.unit_role, 'parent_unit_name', u.parent_unit_name,
                   'organizer_code', o.organizer_code, 'organizer_name', o.name_zh) AS evidence
FROM int_team_unit AS t
LEFT JOIN stg_unit AS u ON u.season = t.season AND (u.credit_code = t.credit_code OR (t.credit_code IS NULL AND u.unit_name = t.unit_name))
JOIN ref_organizing_name AS o ON o.season = t.season
     AND (contains(t.unit_name, o.name_zh) OR contains(coalesce(u.parent_unit_name, ''), o.name_zh))
LEFT JOIN dim_project AS p ON p.season = t.season AND p.team_id = t.team_id
