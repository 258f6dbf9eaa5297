-- Panels (评审组) of every track and stage, from the panel lists and the scores, with their size.
WITH seats AS (
    SELECT season, track_code, stage, panel_id, judge_id FROM stg_panel_member
    UNION
    SELECT DISTINCT season, track_code, stage, panel_id, judge_id FROM stg_score
)
SELECT season, track_code, stage, panel_id,
       count(DISTINCT judge_id) AS n_judges,
       (SELECT count(DISTINCT s.project_id) FROM stg_score AS s
        WHERE s.season = seats.season AND s.track_code = seats.track_code AND s.stage = seats.stage AND s.panel_id = seats.panel_id) AS n_projects,
       (SELECT m.judge_id FROM stg_panel_member AS m
        WHERE m.season = seats.season AND m.stage = seats.stage AND m.panel_id = seats.panel_id AND m.role = 'chair' LIMIT 1) AS chair_judge_id
FROM seats
GROUP BY season, track_code, stage, panel_id
