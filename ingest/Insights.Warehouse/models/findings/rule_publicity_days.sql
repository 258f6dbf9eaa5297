-- R-PUBLICITY-DAYS (七): an award list publicized for fewer days than the notice's 7, and complaints filed outside
-- the publicity period of the complained-about project's track.
SELECT a.season, 'R-PUBLICITY-DAYS' AS rule_id, 'error' AS level,
       a.track_code, 'final_roadshow' AS stage, NULL AS panel_id, NULL AS judge_id, NULL AS project_id, NULL AS team_id, NULL AS credit_code,
       '赛道 ' || a.track_code || ' 的公示期为 ' || (datediff('day', min(a.publicity_start), max(a.publicity_end)) + 1) || ' 天，少于 ' || s.publicity_days || ' 天' AS message_zh,
       'track ' || a.track_code || ' publicized its awards for ' || (datediff('day', min(a.publicity_start), max(a.publicity_end)) + 1) || ' days, fewer than ' || s.publicity_days AS message_en,
       json_object('publicity_start', min(a.publicity_start), 'publicity_end', max(a.publicity_end)) AS evidence
FROM stg_award AS a
JOIN ref_season AS s ON s.season = a.season
GROUP BY a.season, a.track_code, s.publicity_days
HAVING datediff('day', min(a.publicity_start), max(a.publicity_end)) + 1 < s.publicity_days
UNION ALL
SELECT c.season, 'R-PUBLICITY-DAYS', 'warning',
       c.track_code, 'final_roadshow', NULL, NULL, c.project_id, NULL, NULL,
       '举报 ' || c.complaint_id || ' 于 ' || strftime(c.filed_at, '%Y-%m-%d') || ' 提出，不在公示期（' || strftime(c.publicity_start, '%Y-%m-%d') || ' 至 ' || strftime(c.publicity_end, '%Y-%m-%d') || '）内',
       'complaint ' || c.complaint_id || ' was filed on ' || strftime(c.filed_at, '%Y-%m-%d') || ', outside the publicity period (' || strftime(c.publicity_start, '%Y-%m-%d') || ' to ' || strftime(c.publicity_end, '%Y-%m-%d') || ')',
       json_object('complaint_id', c.complaint_id, 'filed_at', c.filed_at, 'publicity_start', c.publicity_start, 'publicity_end', c.publicity_end)
FROM fact_complaint AS c
WHERE c.publicity_start IS NOT NULL
  AND (CAST(c.filed_at AS DATE) < c.publicity_start OR CAST(c.filed_at AS DATE) > c.publicity_end)
