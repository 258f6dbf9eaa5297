-- The seasons the public pages offer (those with registered projects), newest first, with their names.
SELECT p.season, coalesce(any_value(s.name_zh), p.season) AS name_zh, coalesce(any_value(s.name_en), p.season) AS name_en
FROM dim_project AS p
LEFT JOIN ref_season AS s ON s.season = p.season
WHERE p.is_registered
GROUP BY p.season
