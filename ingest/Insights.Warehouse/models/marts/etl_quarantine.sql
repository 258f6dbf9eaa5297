-- Every quarantined source row of the current batches, with where it came from and why.
SELECT q.season, b.feed, b.source_file, q.source_row, q.source_column, q.value, q.reason_zh, q.reason_en, q.scope, q.batch_id, b.loaded_at
FROM stg_quarantine AS q
JOIN etl_batch AS b USING (batch_id)
