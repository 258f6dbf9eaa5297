-- severity: error
-- every batch balances: rows read = rows landed + rows quarantined
SELECT batch_id, source_file, rows_read, rows_landed, rows_quarantined FROM etl_batch
WHERE rows_read <> rows_landed + rows_quarantined
