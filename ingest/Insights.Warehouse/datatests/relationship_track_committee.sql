-- severity: error
-- every notice track is hosted by a committee of its season
SELECT t.season, t.track_code, t.committee_code FROM dim_track AS t
WHERE t.has_reference AND NOT EXISTS (SELECT 1 FROM dim_committee AS c WHERE c.season = t.season AND c.committee_code = t.committee_code)
