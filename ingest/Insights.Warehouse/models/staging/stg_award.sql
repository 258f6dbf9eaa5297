-- Awards as landed.
SELECT season, track_code, project_id, lead_unit_name, tier, single_award_name, final_score, national_final,
       publicity_start, publicity_end, stage, published_rank, tier_label, batch_id, source_row
FROM lake_award
