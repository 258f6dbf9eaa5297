-- Award tiers of every season's deciding stage, best first: declared in the season's rules file; else the notice's
-- (first 10 % of a track's finalists, at least one; second 20 %; third 30 %); else, for outside data that came with
-- its awards, inferred from them: per track, as many projects per tier as were awarded; else, for outside data whose
-- stages carry the notice's codes (final_roadshow), the notice's (rule_source says which).
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
    -- The last stage as dim_stage orders them: the notice's codes in the notice's order, then other labels by label.
    SELECT season, arg_max(stage, CASE stage WHEN 'preliminary_written' THEN '1' WHEN 'preliminary_onsite' THEN '2'
                                             WHEN 'final_roadshow' THEN '3' ELSE '4' || stage END) AS stage
    FROM stg_score GROUP BY season
), inferred AS (
    SELECT a.season, coalesce(a.stage, l.stage) AS stage, a.track_code, a.tier,
           CAST(CASE a.tier WHEN 'special' THEN 0 WHEN 'first' THEN 1 WHEN 'second' THEN 2 WHEN 'third' THEN 3 WHEN 'merit' THEN 4 ELSE 5 END AS INTEGER),
           CAST(count(*) AS INTEGER), NULL::DOUBLE, NULL::DOUBLE, 0, NULL::VARCHAR, 'awards'
    FROM stg_award AS a
    JOIN last_stage AS l ON l.season = a.season
    WHERE a.tier <> 'single'
      AND a.season NOT IN (SELECT season FROM stg_stage_rule) AND a.season NOT IN (SELECT season FROM ref_award_tier)
    GROUP BY ALL
), template AS (
    SELECT season, stage, NULL::VARCHAR, tier, tier_order, NULL::INTEGER, tier_share, NULL::DOUBLE, tier_at_least, tier_names, 'notice'
    FROM ref_award_tier WHERE season = (SELECT max(season) FROM ref_award_tier)
), like_notice AS (
    SELECT o.season, t.* EXCLUDE (season)
    FROM (SELECT DISTINCT season, stage FROM stg_score) AS o
    JOIN template AS t ON t.stage = o.stage
    WHERE o.season NOT IN (SELECT season FROM stg_stage_rule) AND o.season NOT IN (SELECT season FROM ref_award_tier)
      AND o.season NOT IN (SELECT season FROM inferred)
)
SELECT * FROM declared
UNION ALL SELECT * FROM notice
UNION ALL SELECT * FROM inferred
UNION ALL SELECT * FROM like_notice
