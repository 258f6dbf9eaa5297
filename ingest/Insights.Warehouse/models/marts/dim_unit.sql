-- Entrant units, with what the rules need to know of them.
SELECT u.season, u.credit_code, u.credit_code_problem, u.unit_name, u.unit_type, u.city, u.parent_unit_name, u.registered_on,
       (SELECT count(*) FROM int_team_unit AS t WHERE t.season = u.season AND t.credit_code = u.credit_code AND t.unit_role = 'lead') AS n_teams_led,
       (SELECT count(*) FROM int_team_unit AS t WHERE t.season = u.season AND t.credit_code = u.credit_code AND t.unit_role = 'partner') AS n_teams_partner,
       EXISTS (SELECT 1 FROM stg_blacklist AS b WHERE b.season = u.season AND b.credit_code = u.credit_code) AS is_blacklisted
FROM stg_unit AS u
