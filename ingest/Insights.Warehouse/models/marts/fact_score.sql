-- materialized: view
-- Scores that counted: one row per judge, project, criterion and stage, with the criterion's scale and weight where
-- the rubric gives them; a reconsidered mark (复议) stands in for the original (fact_mark keeps both). A view, not a
-- table: it would copy the largest table of the warehouse for one small join.
SELECT season, stage, track_code, panel_id, judge_id, project_id, criterion, score, min_score, max_score, weight,
       scored_at, reported_total, judge_group, project_group, round, standard_score, batch_id, source_file, source_row, source_column
FROM fact_mark
WHERE counted
