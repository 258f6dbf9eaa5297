-- A judge of a stage as the fairness report shows him, in one unit for every stage: points of the 100-point total.
-- mean_total: the mean of the judge's totals (int_judge_total) over his projects.
-- severity, severity_se: the analysis' severity (analytics_judge) is in points of a criterion of the unit's mean
-- range R (each mark rescaled to R where the criteria's ranges differ, docs/analytics.md), the same share of every
-- criterion's range; a judge that much harsher lowers every criterion's share, so his total by 100 s / R points
-- whatever the weights. R is the mean range of the unit's criteria (fact_score's scales); a unit without scales
-- keeps the severity in its marks' points (on_total_scale false).
WITH ranges AS (
    SELECT season, stage, track_code, avg(max_score - coalesce(min_score, 0)) AS mean_range
    FROM (SELECT DISTINCT season, stage, track_code, criterion, max_score, min_score FROM fact_score WHERE max_score > coalesce(min_score, 0))
    GROUP BY season, stage, track_code
), means AS (
    SELECT season, stage, track_code, judge_id, avg(total) AS mean_total FROM int_judge_total GROUP BY season, stage, track_code, judge_id
)
SELECT a.season, a.stage, a.track_code, a.judge_id, coalesce(a.n_scores, 0) AS n_scores, coalesce(a.n_projects, 0) AS n_projects,
       coalesce(m.mean_total, a.mean_score) AS mean_total,
       CASE WHEN r.mean_range > 0 THEN 100 * a.severity / r.mean_range ELSE a.severity END AS severity,
       CASE WHEN r.mean_range > 0 THEN 100 * a.severity_se / r.mean_range ELSE a.severity_se END AS severity_se,
       a.severity AS severity_points, r.mean_range, r.mean_range > 0 AND m.mean_total IS NOT NULL AS on_total_scale,
       a.infit, a.outfit, a.anomaly_score, coalesce(a.flags, '') AS flags
FROM analytics_judge AS a
LEFT JOIN ranges AS r ON r.season = a.season AND r.stage = a.stage AND r.track_code = a.track_code
LEFT JOIN means AS m ON m.season = a.season AND m.stage = a.stage AND m.track_code = a.track_code AND m.judge_id = a.judge_id
