-- Teams as landed.
SELECT season, team_id, team_name, lead_unit_name, lead_credit_code, partner_unit_names, partner_credit_codes,
       registered_at, review_status, division, batch_id, source_row
FROM lake_team
