-- R-COMPLAINT-REAL-NAME (七): complaints must be made under a real name with evidence; anonymous ones are invalid.
SELECT c.season, 'R-COMPLAINT-REAL-NAME' AS rule_id, 'warning' AS level,
       c.track_code, 'final_roadshow' AS stage, NULL AS panel_id, NULL AS judge_id, c.project_id, NULL AS team_id, NULL AS credit_code,
       CASE WHEN c.reporter_type = 'anonymous' THEN '举报 ' || c.complaint_id || ' 为匿名举报，按通知无效'
            ELSE '举报 ' || c.complaint_id || ' 为实名举报但未提供证据' END AS message_zh,
       CASE WHEN c.reporter_type = 'anonymous' THEN 'complaint ' || c.complaint_id || ' is anonymous and so invalid under the notice'
            ELSE 'complaint ' || c.complaint_id || ' names its reporter but gives no evidence' END AS message_en,
       json_object('complaint_id', c.complaint_id, 'reporter_type', c.reporter_type, 'has_evidence', c.has_evidence) AS evidence
FROM fact_complaint AS c
WHERE c.reporter_type = 'anonymous' OR NOT coalesce(c.has_evidence, false)
