-- Scores: one row per judge, project, criterion and stage, with the criterion's weight where the rubric gives one.
SELECT s.season, s.stage, s.track_code, s.panel_id, s.judge_id, s.project_id, s.criterion, s.score,
       coalesce(s.min_score, r.min_score) AS min_score, coalesce(s.max_score, r.max_score) AS max_score, r.weight,
       s.scored_at, s.reported_total, s.judge_group, s.project_group, s.batch_id, s.source_file, s.source_row
FROM stg_score AS s
LEFT JOIN ref_rubric AS r ON r.season = s.season AND r.stage = s.stage AND r.criterion = s.criterion
