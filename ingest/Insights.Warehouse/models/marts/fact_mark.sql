-- materialized: view
-- Every mark of every round, with whether it counted: a reconsideration (复议) replaces the judge's earlier mark for
-- the same project and criterion, so only the latest round of each key counts. Rounds are rare, so the later rounds
-- are found through the small table of reconsidered keys (int_later_round) rather than a window over every mark.
SELECT s.season, s.stage, s.track_code, s.panel_id, s.judge_id, s.project_id, s.criterion, s.round, s.round_label, s.score,
       s.standard_score, coalesce(s.min_score, r.min_score) AS min_score, coalesce(s.max_score, r.max_score) AS max_score, r.weight,
       s.scored_at, s.reported_total, s.judge_group, s.project_group, l.last_round IS NULL OR s.round = l.last_round AS counted,
       s.batch_id, b.source_file, s.source_row, s.source_column
FROM stg_score AS s
JOIN etl_batch AS b ON b.batch_id = s.batch_id
LEFT JOIN ref_rubric AS r ON r.season = s.season AND r.stage = s.stage AND r.criterion = s.criterion
LEFT JOIN int_later_round AS l
  ON l.season = s.season AND l.stage = s.stage AND l.track_code = s.track_code AND l.panel_id IS NOT DISTINCT FROM s.panel_id
 AND l.judge_id = s.judge_id AND l.project_id = s.project_id AND l.criterion = s.criterion
