-- materialized: view
-- Scores: one row per judge, project, criterion and stage, with the criterion's scale and weight where the rubric
-- gives them. A view, not a table: it would copy the largest table of the warehouse for one small join.
SELECT s.season, s.stage, s.track_code, s.panel_id, s.judge_id, s.project_id, s.criterion, s.score,
       coalesce(s.min_score, r.min_score) AS min_score, coalesce(s.max_score, r.max_score) AS max_score, r.weight,
       s.scored_at, s.reported_total, s.judge_group, s.project_group, s.batch_id, b.source_file, s.source_row
FROM stg_score AS s
JOIN etl_batch AS b ON b.batch_id = s.batch_id
LEFT JOIN ref_rubric AS r ON r.season = s.season AND r.stage = s.stage AND r.criterion = s.criterion
