-- Complaints, with the publicity period of the complained-about project's award list.
SELECT c.season, c.complaint_id, c.project_id, coalesce(c.track_code, p.track_code) AS track_code, c.filed_at, c.reporter_type,
       c.reporter_name_masked, c.reporter_phone_hash, c.reporter_phone_masked, c.has_evidence, c.evidence_files, c.reason, c.status,
       w.publicity_start, w.publicity_end, c.batch_id, b.source_file, c.source_row
FROM stg_complaint AS c
JOIN etl_batch AS b ON b.batch_id = c.batch_id
LEFT JOIN dim_project AS p ON p.season = c.season AND p.project_id = c.project_id
LEFT JOIN (SELECT season, track_code, min(publicity_start) AS publicity_start, max(publicity_end) AS publicity_end
           FROM stg_award GROUP BY season, track_code) AS w
       ON w.season = c.season AND w.track_code = coalesce(c.track_code, p.track_code)
