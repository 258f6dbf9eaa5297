-- Publicity-period complaints as landed (reporter only masked and hashed).
SELECT season, complaint_id, project_id, track_code, filed_at, reporter_type, reporter_name_masked, reporter_phone_hash,
       reporter_phone_masked, has_evidence, evidence_files, reason, status, batch_id, source_row
FROM lake_complaint
