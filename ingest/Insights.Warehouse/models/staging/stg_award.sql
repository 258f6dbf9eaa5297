-- Awards as landed.
SELECT season, track_code, project_id, lead_unit_name, tier, single_award_name, final_score, national_final,
       publicity_start, publicity_end, stage, CAST(published_rank AS INTEGER) AS published_rank, tier_label, batch_id, source_row
FROM lake_award
