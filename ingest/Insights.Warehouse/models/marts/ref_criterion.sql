-- One row per criterion of a season's rubric, with its labels (e.g. application_value → 应用价值与成效): the label of
-- its first stage where stages word it differently, so a criterion code reads the same everywhere.
SELECT r.season, r.criterion,
       arg_min(r.name_zh, s.stage_order) AS name_zh,
       arg_min(r.name_en, s.stage_order) AS name_en,
       string_agg(DISTINCT r.stage, ',' ORDER BY r.stage) AS stages
FROM ref_rubric AS r
LEFT JOIN ref_stage AS s ON s.season = r.season AND s.stage = r.stage
GROUP BY r.season, r.criterion
