-- Executive committees (执委会) and how many tracks each hosts.
SELECT c.season, c.committee_code, c.city_zh, c.city_en, c.name_zh, c.name_en, c.lead_unit_zh,
       (SELECT count(*) FROM ref_track AS t WHERE t.season = c.season AND t.committee_code = c.committee_code) AS n_tracks
FROM ref_committee AS c
