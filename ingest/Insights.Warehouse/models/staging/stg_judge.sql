-- Judges as landed.
SELECT season, judge_id, judge_name, unit_name, city, expert_type, title, phone_hash, phone_masked,
       batch_id, source_row
FROM lake_judge
