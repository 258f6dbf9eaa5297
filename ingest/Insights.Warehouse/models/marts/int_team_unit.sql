-- Every unit named on a team, lead or partner, with its credit code where the team gave one.
WITH partners AS (
    SELECT season, team_id, unnest(string_split(coalesce(partner_unit_names, ''), '; ')) AS unit_name,
           unnest(string_split(coalesce(partner_credit_codes, ''), '; ')) AS credit_code
    FROM stg_team
)
SELECT season, team_id, 'lead' AS unit_role, lead_unit_name AS unit_name, lead_credit_code AS credit_code FROM stg_team
UNION ALL
SELECT season, team_id, 'partner', unit_name, nullif(credit_code, '') FROM partners WHERE unit_name <> ''
