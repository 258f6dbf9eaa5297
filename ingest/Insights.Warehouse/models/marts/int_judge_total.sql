-- materialized: view
-- A judge's total for a project on the 100-point scale every reader uses for totals: the stage's total as its rubric
-- defines it (Σ weight × mark; the notice's written review 0.25 × 0..100 per criterion, on-site 2.5 × 1..10, final
-- 1 × 0..25/15/10) as a share of its range, 100 Σ w (mark - min) / Σ w (max - min); weight 1 where the data has none.
-- Marks without a scale are left out rather than mixed in. One row per season, stage, track, panel, judge and project.
SELECT season, stage, track_code, panel_id, judge_id, project_id,
       100 * sum(coalesce(weight, 1) * (score - coalesce(min_score, 0)))
           / sum(coalesce(weight, 1) * (max_score - coalesce(min_score, 0))) AS total
FROM fact_score
WHERE score IS NOT NULL AND max_score > coalesce(min_score, 0) AND coalesce(weight, 1) > 0
GROUP BY season, stage, track_code, panel_id, judge_id, project_id
