-- severity: error
-- dim_unit has one row per season and credit code
SELECT season, credit_code, count(*) AS n FROM dim_unit GROUP BY ALL HAVING count(*) > 1
