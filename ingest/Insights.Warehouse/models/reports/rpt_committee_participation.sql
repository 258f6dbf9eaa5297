-- Participation of each track of a season and of the whole division (track_code NULL): registered projects, projects
-- scored in the final roadshow, awards. The committees compare their track with the division on these counts.
WITH registered AS (
    SELECT season, track_code, project_id FROM dim_project WHERE is_registered
), finalists AS (
    SELECT DISTINCT season, track_code, project_id FROM fact_score WHERE stage = 'final_roadshow'
), counts AS (
    SELECT season, track_code, 1 AS registered, 0 AS finalists, 0 AS awards FROM registered
    UNION ALL SELECT season, track_code, 0, 1, 0 FROM finalists
    UNION ALL SELECT season, track_code, 0, 0, 1 FROM fact_award
)
SELECT season, track_code, sum(registered)::BIGINT AS registered, sum(finalists)::BIGINT AS finalists, sum(awards)::BIGINT AS awards
FROM counts WHERE track_code IS NOT NULL GROUP BY season, track_code
UNION ALL
SELECT season, NULL, sum(registered)::BIGINT, sum(finalists)::BIGINT, sum(awards)::BIGINT FROM counts GROUP BY season
