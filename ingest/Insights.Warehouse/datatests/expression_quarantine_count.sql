-- severity: error
-- the quarantine holds exactly the rows each current batch says it quarantined
SELECT b.batch_id, b.rows_quarantined, count(q.source_row) AS in_quarantine
FROM etl_batch AS b LEFT JOIN etl_quarantine AS q ON q.batch_id = b.batch_id
WHERE b.is_current
GROUP BY b.batch_id, b.rows_quarantined
HAVING count(q.source_row) <> b.rows_quarantined
