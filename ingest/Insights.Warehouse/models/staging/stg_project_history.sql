-- Projects as landed in every batch, current or superseded, for the rule that a problem may not change.
SELECT p.season, p.project_id, p.problem_code, p.batch_id, b.sequence AS batch_sequence, b.loaded_at
FROM lake_project_history AS p
JOIN etl_batch AS b USING (batch_id)
