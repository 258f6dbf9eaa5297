-- Entrant units as landed: one row per unit and season.
SELECT season, credit_code, credit_code_problem, unit_name, unit_type, city, parent_unit_name, registered_on,
       batch_id, source_row
FROM lake_unit
