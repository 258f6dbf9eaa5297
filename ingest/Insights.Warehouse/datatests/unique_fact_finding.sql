-- severity: error
-- every finding has a distinct id
SELECT finding_id, count(*) AS n FROM fact_finding GROUP BY ALL HAVING count(*) > 1
