-- Scores as landed: one row per judge, project, criterion, stage and round (0 the original mark, 1.. reconsiderations).
SELECT season, stage, track AS track_code, panel_id, judge_id, project_id, criterion, score, min_score, max_score,
       scored_at, reported_total, judge_group, project_group, coalesce(round, 0) AS round, round_label, standard_score,
       batch_id, source_row, source_column
FROM lake_score
