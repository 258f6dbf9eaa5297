-- severity: error
-- the committees' score spreads are on the 100-point scale (0..100, quartiles ordered) and the ICCs at most 1
-- scope: season
SELECT season, stage, track_code, score_min, score_q1, score_median, score_q3, score_max, icc1_mean, icc1k_mean
FROM rpt_committee_scores
WHERE score_min < -1e-9 OR score_max > 100 + 1e-9
   OR NOT (score_min <= score_q1 + 1e-9 AND score_q1 <= score_median + 1e-9 AND score_median <= score_q3 + 1e-9 AND score_q3 <= score_max + 1e-9)
   OR icc1_mean > 1 + 1e-9 OR icc1k_mean > 1 + 1e-9 OR judge_sd_mean < 0 OR severity_sd < 0
