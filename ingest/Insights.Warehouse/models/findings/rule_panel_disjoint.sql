-- R-PANEL-DISJOINT (三（七）): a judge who sits on both a preliminary and the final panel of one track.
WITH seats AS (
    SELECT season, track_code, stage, panel_id, judge_id FROM stg_panel_member
    UNION
    SELECT DISTINCT season, track_code, stage, panel_id, judge_id FROM stg_score
)
SELECT pre.season, 'R-PANEL-DISJOINT' AS rule_id, 'error' AS level,
       pre.track_code, 'final_roadshow' AS stage, fin.panel_id, pre.judge_id, NULL AS project_id, NULL AS team_id, NULL AS credit_code,
       '专家 ' || pre.judge_id || ' 同时在赛道 ' || pre.track_code || ' 的初赛评审组（' || string_agg(DISTINCT pre.panel_id, '、' ORDER BY pre.panel_id) || '）和决赛评审组（' || fin.panel_id || '）' AS message_zh,
       'judge ' || pre.judge_id || ' sits on a preliminary panel (' || string_agg(DISTINCT pre.panel_id, ', ' ORDER BY pre.panel_id) || ') and the final panel (' || fin.panel_id || ') of track ' || pre.track_code AS message_en,
       json_object('preliminary_panels', list(DISTINCT pre.panel_id ORDER BY pre.panel_id), 'final_panel', fin.panel_id) AS evidence
FROM seats AS pre
JOIN seats AS fin ON fin.season = pre.season AND fin.track_code = pre.track_code AND fin.judge_id = pre.judge_id
JOIN ref_season AS s ON s.season = pre.season
WHERE pre.stage IN ('preliminary_written', 'preliminary_onsite') AND fin.stage = 'final_roadshow'
GROUP BY pre.season, pre.track_code, pre.judge_id, fin.panel_id
