-- Every award of a season, public by the notice (the award list is announced with each project's track and tier).
SELECT season, track_code, tier, project_id
FROM fact_award
