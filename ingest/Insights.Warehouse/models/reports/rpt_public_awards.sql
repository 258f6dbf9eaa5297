-- Every award of a season, public by the notice (七: the awarded projects are announced on the official site, each
-- with its track and tier), with the project's name as registered.
SELECT a.season, a.track_code, a.tier, a.project_id, p.project_name
FROM fact_award AS a
LEFT JOIN dim_project AS p ON p.season = a.season AND p.project_id = a.project_id
