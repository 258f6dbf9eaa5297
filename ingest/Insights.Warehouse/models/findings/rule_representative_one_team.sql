-- R-REPRESENTATIVE-ONE-TEAM (五（一）2): one person (same phone or ID number, compared by keyed hash) in several teams.
WITH people AS (
    SELECT season, coalesce(id_number_hash, phone_hash) AS person_key, team_id, person_name, phone_masked
    FROM stg_representative
    WHERE coalesce(id_number_hash, phone_hash) IS NOT NULL
), shared AS (
    SELECT season, person_key, list(DISTINCT team_id ORDER BY team_id) AS teams, any_value(person_name) AS person_name,
           any_value(phone_masked) AS phone_masked
    FROM people
    GROUP BY season, person_key
    HAVING count(DISTINCT team_id) > (SELECT max_teams_per_representative FROM ref_season AS s WHERE s.season = people.season)
)
SELECT s.season, 'R-REPRESENTATIVE-ONE-TEAM' AS rule_id, 'error' AS level,
       p.track_code, NULL AS stage, NULL AS panel_id, NULL AS judge_id, p.project_id, t.team_id, NULL AS credit_code,
       '参赛代表 ' || s.person_name || '（' || s.phone_masked || '）同时在 ' || len(s.teams) || ' 个团队：' || array_to_string(s.teams, '、') AS message_zh,
       'representative ' || s.person_name || ' (' || s.phone_masked || ') is in ' || len(s.teams) || ' teams: ' || array_to_string(s.teams, ', ') AS message_en,
       json_object('teams', s.teams, 'phone_masked', s.phone_masked) AS evidence
FROM shared AS s
CROSS JOIN unnest(s.teams) AS t(team_id)
LEFT JOIN dim_project AS p ON p.season = s.season AND p.team_id = t.team_id
