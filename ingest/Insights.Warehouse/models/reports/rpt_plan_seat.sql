-- Who sat where and scored what, as executed: one row per judge and project scored (project_id set) and one per
-- panel seat held without a score (project_id NULL). A plan is checked against it (insights plan check) and a new
-- plan keeps the preliminary and final panels of a track apart from it.
SELECT DISTINCT season, stage, track_code, panel_id, judge_id, project_id FROM stg_score
UNION
SELECT season, stage, track_code, panel_id, judge_id, NULL FROM stg_panel_member AS m
WHERE NOT EXISTS (SELECT 1 FROM stg_score AS s
                  WHERE s.season = m.season AND s.stage = m.stage AND s.panel_id = m.panel_id AND s.judge_id = m.judge_id)
