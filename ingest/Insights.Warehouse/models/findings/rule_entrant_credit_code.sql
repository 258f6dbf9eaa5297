-- R-ENTRANT-LEGAL-PERSON (五（一）1): an entrant whose unified social credit code fails the GB 32100-2015 check.
SELECT DISTINCT t.season, 'R-ENTRANT-LEGAL-PERSON' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, t.credit_code,
       '参赛单位“' || t.unit_name || '”的统一社会信用代码 ' || t.credit_code || ' 未通过校验（' || u.credit_code_problem || '）' AS message_zh,
       'entrant ''' || t.unit_name || ''' has credit code ' || t.credit_code || ', which fails the check (' || u.credit_code_problem || ')' AS message_en,
       json_object('unit_name', t.unit_name, 'credit_code', t.credit_code, 'problem', u.credit_code_problem) AS evidence
FROM int_team_unit AS t
JOIN stg_unit AS u ON u.season = t.season AND u.credit_code = t.credit_code
LEFT JOIN dim_project AS p ON p.season = t.season AND p.team_id = t.team_id
WHERE u.credit_code_problem IS NOT NULL
