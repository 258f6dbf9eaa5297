-- severity: error
-- every score has its keys and a value, lies on its criterion's scale where the scale is known, and has a stage of the notice in seasons with reference data
-- scope: season
SELECT s.*,
       CASE WHEN season IS NULL OR stage IS NULL OR track_code IS NULL OR panel_id IS NULL OR judge_id IS NULL
                 OR project_id IS NULL OR criterion IS NULL OR score IS NULL THEN 'not null'
            WHEN (max_score IS NOT NULL AND score > max_score) OR (min_score IS NOT NULL AND score < min_score) THEN 'off its scale'
            ELSE 'stage' END AS problem
FROM fact_score AS s
WHERE season IS NULL OR stage IS NULL OR track_code IS NULL OR panel_id IS NULL OR judge_id IS NULL
   OR project_id IS NULL OR criterion IS NULL OR score IS NULL
   OR (max_score IS NOT NULL AND score > max_score) OR (min_score IS NOT NULL AND score < min_score)
   OR (stage NOT IN ('preliminary_written', 'preliminary_onsite', 'final_roadshow')
       AND EXISTS (SELECT 1 FROM ref_season AS r WHERE r.season = s.season))
