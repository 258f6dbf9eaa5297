-- Awards: one row per award to a project.
SELECT a.season, a.track_code, a.project_id, a.lead_unit_name, a.tier, a.single_award_name, a.final_score, a.national_final,
       a.publicity_start, a.publicity_end, datediff('day', publicity_start, publicity_end) + 1 AS publicity_days,
       a.stage, a.published_rank, a.tier_label,
       a.batch_id, b.source_file, a.source_row
FROM stg_award AS a
JOIN etl_batch AS b ON b.batch_id = a.batch_id
