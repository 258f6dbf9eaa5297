-- severity: error
-- rpt_judge: one row per season, stage, track and judge; a judge's mean total lies on the 100-point scale
-- scope: season
SELECT season, stage, track_code, judge_id, count(*) AS n
FROM rpt_judge
GROUP BY season, stage, track_code, judge_id
HAVING count(*) > 1 OR bool_or(on_total_scale AND (mean_total < 0 OR mean_total > 100))
