-- Credit blacklist entries as landed.
SELECT season, credit_code, unit_name, list_type, listed_on, list_source, batch_id, source_row
FROM lake_blacklist
