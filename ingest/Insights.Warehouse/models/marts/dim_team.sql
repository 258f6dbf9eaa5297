-- Teams with their representatives and projects counted.
SELECT t.season, t.team_id, t.team_name, t.lead_unit_name, t.lead_credit_code, t.partner_unit_names, t.partner_credit_codes,
       t.registered_at, t.review_status, t.division,
       (SELECT count(*) FROM stg_representative AS r WHERE r.season = t.season AND r.team_id = t.team_id) AS n_representatives,
       (SELECT count(DISTINCT p.project_id) FROM stg_project AS p WHERE p.season = t.season AND p.team_id = t.team_id) AS n_projects
FROM stg_team AS t
