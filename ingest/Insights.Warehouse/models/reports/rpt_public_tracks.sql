-- The notice's tracks of a season as the public and committee pages name them, with the hosting committee's city.
SELECT t.season, t.track_code, t.number, t.name_zh, t.name_en, t.official_name_zh, t.official_name_en, t.committee_code,
       coalesce(c.city_zh, '') AS city_zh, coalesce(c.city_en, '') AS city_en
FROM dim_track AS t
LEFT JOIN dim_committee AS c ON c.season = t.season AND c.committee_code = t.committee_code
WHERE t.has_reference
