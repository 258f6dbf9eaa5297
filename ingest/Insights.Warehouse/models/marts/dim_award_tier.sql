-- Award tiers of every season's deciding stage, best first: declared in the season's rules file; else the notice's
-- (first 10 % of a track's finalists, at least one; second 20 %; third 30 %); else, for outside data that came with
-- its awards, inferred from them: per track, as many projects per tier as were awarded (rule_source says which).
-- track_code is NULL where the tier holds for every track.
WITH declared AS (
    SELECT season, stage, NULL::VARCHAR AS track_code, tier, tier_order, tier_count, tier_share, tier_min_score,
           coalesce(tier_at_least, 0) AS tier_at_least, tier_names, 'rules_file' AS rule_source
    FROM stg_stage_rule
    WHERE tier IS NOT NULL
), notice AS (
    SELECT season, stage, NULL::VARCHAR, tier, tier_order, NULL::INTEGER, tier_share, NULL::DOUBLE, tier_at_least, tier_names, 'notice'
    FROM ref_award_tier
    WHERE season NOT IN (SELECT season FROM stg_stage_rule)
), last_stage AS (
    SELECT season, max(stage) AS stage FROM stg_score GROUP BY season
), inferred AS (
    SELECT a.season, coalesce(a.stage, l.stage) AS stage, a.track_code, a.tier,
           CAST(CASE a.tier WHEN 'special' THEN 0 WHEN 'first' THEN 1 WHEN 'second' THEN 2 WHEN 'third' THEN 3 WHEN 'merit' THEN 4 ELSE 5 END AS INTEGER),
           CAST(count(*) AS INTEGER), NULL::DOUBLE, NULL::DOUBLE, 0, NULL::VARCHAR, 'awards'
    FROM stg_award AS a
    JOIN last_stage AS l ON l.season = a.season
    WHERE a.tier <> 'single'
      AND a.season NOT IN (SELECT season FROM stg_stage_rule) AND a.season NOT IN (SELECT season FROM ref_award_tier)
    GROUP BY ALL
)
SELECT * FROM declared
UNION ALL SELECT * FROM notice
UNION ALL SELECT * FROM inferred
