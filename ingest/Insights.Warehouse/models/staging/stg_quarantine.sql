-- Rows the ingest could not take, as landed.
SELECT season, feed, source_column, value, reason_zh, reason_en, batch_id, source_row
FROM lake_quarantine
