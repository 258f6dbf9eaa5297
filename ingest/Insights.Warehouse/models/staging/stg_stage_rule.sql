-- Seasons' declared rules as landed from their rules files: one row per award tier of a stage, or per stage without tiers.
SELECT season, stage, CAST(stage_order AS INTEGER) AS stage_order, name_zh, name_en, score_method, score_basis,
       CAST(advance_count AS INTEGER) AS advance_count, advance_share, tier, CAST(tier_order AS INTEGER) AS tier_order,
       CAST(tier_count AS INTEGER) AS tier_count, tier_share, tier_min_score, CAST(tier_at_least AS INTEGER) AS tier_at_least,
       tier_names, batch_id, source_row
FROM lake_stage_rule
