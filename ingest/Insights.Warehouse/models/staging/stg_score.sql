-- Scores as landed: one row per judge, project, criterion and stage.
SELECT season, stage, track AS track_code, panel_id, judge_id, project_id, criterion, score, min_score, max_score,
       scored_at, reported_total, judge_group, project_group, batch_id, source_row
FROM lake_score
