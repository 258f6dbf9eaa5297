-- R-PROJECT-PROBLEM-FIXED (五（二）1): a project whose problem in the current registration differs from an earlier batch.
SELECT DISTINCT c.season, 'R-PROJECT-PROBLEM-FIXED' AS rule_id, 'error' AS level,
       c.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, c.project_id, c.team_id, NULL AS credit_code,
       '项目 ' || c.project_id || ' 的赛题由 ' || h.problem_code || ' 改为 ' || c.problem_code || '（赛题一经选定不得更改）' AS message_zh,
       'project ' || c.project_id || ' changed its problem from ' || h.problem_code || ' to ' || c.problem_code || ' (a problem cannot change once chosen)' AS message_en,
       json_object('earlier_problem', h.problem_code, 'earlier_batch', h.batch_id, 'current_problem', c.problem_code, 'current_batch', c.batch_id) AS evidence
FROM stg_project AS c
JOIN stg_project_history AS h ON h.season = c.season AND h.project_id = c.project_id AND h.batch_id <> c.batch_id
JOIN etl_batch AS b ON b.batch_id = c.batch_id
WHERE h.batch_sequence < b.sequence AND h.problem_code <> c.problem_code
  AND NOT EXISTS (SELECT 1 FROM stg_project AS x WHERE x.season = c.season AND x.project_id = c.project_id AND x.problem_code = h.problem_code)
