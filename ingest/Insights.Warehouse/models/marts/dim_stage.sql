-- Stages of every season in order, how each ranks its projects and what its ranking decides. A season's rules file
-- wins; a season with reference data (the notice) has the notice's stages; any other season's stages are those of its
-- scores: stages labelled with the notice's codes (preliminary_written, ...) as the notice has them, the others after
-- them in the order of their labels, ranking by the mean of raw totals (rule_source says which).
WITH declared AS (
    SELECT DISTINCT season, stage, stage_order, name_zh, name_en, score_method, score_basis, advance_count, advance_share,
           'rules_file' AS rule_source
    FROM stg_stage_rule
), notice AS (
    SELECT season, stage, stage_order, name_zh, name_en, score_method, score_basis, NULL::INTEGER AS advance_count,
           NULL::DOUBLE AS advance_share, 'notice' AS rule_source
    FROM ref_stage
    WHERE season NOT IN (SELECT season FROM declared)
), template AS (
    SELECT * FROM ref_stage WHERE season = (SELECT max(season) FROM ref_stage)
), observed AS (
    SELECT o.season, o.stage,
           CAST(row_number() OVER (PARTITION BY o.season ORDER BY coalesce(t.stage_order, 1000), o.stage) AS INTEGER) AS stage_order,
           coalesce(t.name_zh, o.stage) AS name_zh, coalesce(t.name_en, o.stage) AS name_en, coalesce(t.score_method, 'mean') AS score_method,
           'raw' AS score_basis, NULL::INTEGER AS advance_count, NULL::DOUBLE AS advance_share,
           CASE WHEN t.stage IS NULL THEN 'data' ELSE 'notice' END AS rule_source
    FROM (SELECT DISTINCT season, stage FROM stg_score) AS o
    LEFT JOIN template AS t ON t.stage = o.stage
    WHERE o.season NOT IN (SELECT season FROM declared) AND o.season NOT IN (SELECT season FROM ref_stage)
), stages AS (
    SELECT * FROM declared UNION ALL SELECT * FROM notice UNION ALL SELECT * FROM observed
)
SELECT s.season, s.stage, s.stage_order, s.name_zh, s.name_en, s.score_method, s.score_basis, s.advance_count, s.advance_share,
       CASE WHEN EXISTS (SELECT 1 FROM dim_award_tier AS t WHERE t.season = s.season AND t.stage = s.stage) THEN 'award'
            WHEN s.advance_count IS NOT NULL OR s.advance_share IS NOT NULL
              OR EXISTS (SELECT 1 FROM stages AS n WHERE n.season = s.season AND n.stage_order > s.stage_order) THEN 'advance'
       END AS decides,
       s.rule_source
FROM stages AS s
