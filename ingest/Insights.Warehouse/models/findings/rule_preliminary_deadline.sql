-- R-PRELIMINARY-DEADLINE (四（二）1): preliminary review marks given after the deadline, per track and stage.
SELECT c.season, 'R-PRELIMINARY-DEADLINE' AS rule_id, 'error' AS level,
       c.track_code, c.stage, NULL AS panel_id, NULL AS judge_id, NULL AS project_id, NULL AS team_id, NULL AS credit_code,
       '赛道 ' || c.track_code || ' 有 ' || count(*) || ' 条初赛评分晚于 ' || strftime(s.preliminary_deadline, '%Y-%m-%d') || '（最晚 ' || strftime(max(c.scored_at), '%Y-%m-%d') || '）' AS message_zh,
       'track ' || c.track_code || ' has ' || count(*) || ' preliminary marks after ' || strftime(s.preliminary_deadline, '%Y-%m-%d') || ' (latest ' || strftime(max(c.scored_at), '%Y-%m-%d') || ')' AS message_en,
       json_object('late_marks', count(*), 'latest', max(c.scored_at), 'deadline', s.preliminary_deadline) AS evidence
FROM stg_score AS c
JOIN ref_season AS s ON s.season = c.season
WHERE c.stage IN ('preliminary_written', 'preliminary_onsite') AND CAST(c.scored_at AS DATE) > s.preliminary_deadline
GROUP BY c.season, c.track_code, c.stage, s.preliminary_deadline
