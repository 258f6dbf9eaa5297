-- severity: error
-- the quarantine holds exactly the rows each current batch says it quarantined (scope row) and the marks it says it
-- quarantined alone while their row landed (scope cell, review sheets)
SELECT b.batch_id, b.rows_quarantined, b.marks_quarantined,
       count(q.source_row) FILTER (WHERE q.scope = 'row') AS rows_in_quarantine,
       count(q.source_row) FILTER (WHERE q.scope = 'cell') AS cells_in_quarantine
FROM etl_batch AS b LEFT JOIN etl_quarantine AS q ON q.batch_id = b.batch_id
WHERE b.is_current
GROUP BY b.batch_id, b.rows_quarantined, b.marks_quarantined
HAVING count(q.source_row) FILTER (WHERE q.scope = 'row') <> b.rows_quarantined
    OR count(q.source_row) FILTER (WHERE q.scope = 'cell') <> coalesce(b.marks_quarantined, 0)
