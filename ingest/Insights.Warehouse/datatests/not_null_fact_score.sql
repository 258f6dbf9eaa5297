-- severity: error
-- every score has its keys and a value
SELECT * FROM fact_score
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR panel_id IS NULL OR judge_id IS NULL
   OR project_id IS NULL OR criterion IS NULL OR score IS NULL
