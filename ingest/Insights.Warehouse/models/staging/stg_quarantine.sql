-- Rows the ingest could not take, as landed.
SELECT season, feed, source_column, value, reason_zh, reason_en, coalesce(scope, 'row') AS scope, batch_id, source_row
FROM lake_quarantine
