-- Every team of a season as the public counts see it: its lead unit's city and type as registered (the dashboard maps
-- them to reference labels) and the Monday of its registration week. No name, no person.
SELECT tm.season, tm.team_id, u.city, u.unit_type,
       strftime(date_trunc('week', tm.registered_at), '%Y-%m-%d') AS registered_week
FROM dim_team AS tm
LEFT JOIN dim_unit AS u ON u.season = tm.season AND u.credit_code = tm.lead_credit_code
