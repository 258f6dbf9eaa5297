-- Projects as a judging plan sees them (insights plan): track and problem, the team's lead and partner units and the
-- lead unit's city, against which a judge's conflicts of interest are decided.
SELECT p.season, p.project_id, coalesce(any_value(p.project_name), '') AS project_name, any_value(p.track_code) AS track_code,
       coalesce(any_value(p.problem_code), '') AS problem_code,
       coalesce(any_value(t.lead_unit_name), '') AS lead_unit_name, coalesce(any_value(t.partner_unit_names), '') AS partner_unit_names,
       coalesce(any_value(u.city), '') AS city
FROM dim_project AS p
LEFT JOIN dim_team AS t ON t.season = p.season AND t.team_id = p.team_id
LEFT JOIN dim_unit AS u ON u.season = t.season AND u.unit_name = t.lead_unit_name
WHERE p.track_code IS NOT NULL
GROUP BY p.season, p.project_id
