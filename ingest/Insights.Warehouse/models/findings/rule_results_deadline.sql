-- R-FINAL-RESULTS-DEADLINE (四（二）2): a track whose award list's publicity was not complete by the deadline.
-- Read as: the publicity period must end on or before the deadline (应于9月15日前完成公示).
SELECT a.season, 'R-FINAL-RESULTS-DEADLINE' AS rule_id, 'error' AS level,
       a.track_code, 'final_roadshow' AS stage, NULL AS panel_id, NULL AS judge_id, NULL AS project_id, NULL AS team_id, NULL AS credit_code,
       '赛道 ' || a.track_code || ' 的获奖名单公示至 ' || strftime(max(a.publicity_end), '%Y-%m-%d') || ' 结束，晚于 ' || strftime(s.final_results_deadline, '%Y-%m-%d') AS message_zh,
       'track ' || a.track_code || ' ended the publicity of its award list on ' || strftime(max(a.publicity_end), '%Y-%m-%d') || ', after ' || strftime(s.final_results_deadline, '%Y-%m-%d') AS message_en,
       json_object('publicity_start', min(a.publicity_start), 'publicity_end', max(a.publicity_end), 'deadline', s.final_results_deadline) AS evidence
FROM stg_award AS a
JOIN ref_season AS s ON s.season = a.season
GROUP BY a.season, a.track_code, s.final_results_deadline
HAVING max(a.publicity_end) > s.final_results_deadline
