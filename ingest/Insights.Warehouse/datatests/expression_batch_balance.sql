-- severity: error
-- every batch balances: rows read = rows landed + rows quarantined (a row whose marks were quarantined alone, scope
-- cell, is landed: its quarantined marks are counted apart, in marks_quarantined, and never make a row quarantined)
SELECT batch_id, source_file, rows_read, rows_landed, rows_quarantined, marks_quarantined FROM etl_batch
WHERE rows_read <> rows_landed + rows_quarantined
   OR marks_quarantined < 0
   OR (marks_quarantined > 0 AND rows_landed = 0)
