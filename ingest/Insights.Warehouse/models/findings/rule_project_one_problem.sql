-- R-PROJECT-ONE-PROBLEM (五（二）1): a project registered with more than one problem statement.
SELECT p.season, 'R-PROJECT-ONE-PROBLEM' AS rule_id, 'error' AS level,
       any_value(p.track_code) AS track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, any_value(p.team_id) AS team_id, NULL AS credit_code,
       '项目 ' || p.project_id || ' 报了 ' || count(DISTINCT p.problem_code) || ' 个赛题：' || array_to_string(list(DISTINCT p.problem_code ORDER BY p.problem_code), '、') AS message_zh,
       'project ' || p.project_id || ' is registered with ' || count(DISTINCT p.problem_code) || ' problems: ' || array_to_string(list(DISTINCT p.problem_code ORDER BY p.problem_code), ', ') AS message_en,
       json_object('problems', list(DISTINCT p.problem_code ORDER BY p.problem_code)) AS evidence
FROM stg_project AS p
JOIN ref_season AS s ON s.season = p.season
GROUP BY p.season, p.project_id, s.max_problems_per_project
HAVING count(DISTINCT p.problem_code) > s.max_problems_per_project
