-- Team representatives as landed (phones and ID numbers only as keyed hashes and masks).
SELECT season, team_id, CAST(seq AS INTEGER) AS seq, person_name, phone_hash, phone_masked, id_number_hash, id_number_masked,
       unit_name, position, is_team_lead, batch_id, source_row
FROM lake_representative
