-- severity: error
-- dim_judge has one row per season and judge
SELECT season, judge_id, count(*) AS n FROM dim_judge GROUP BY ALL HAVING count(*) > 1
