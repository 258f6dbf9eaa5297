-- Awards: one row per award to a project.
SELECT season, track_code, project_id, lead_unit_name, tier, single_award_name, final_score, national_final,
       publicity_start, publicity_end, datediff('day', publicity_start, publicity_end) + 1 AS publicity_days,
       batch_id, source_file, source_row
FROM stg_award
