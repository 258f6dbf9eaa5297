-- severity: error
-- every score lies on its criterion's scale where the scale is known
SELECT * FROM fact_score WHERE (max_score IS NOT NULL AND score > max_score) OR (min_score IS NOT NULL AND score < min_score)
