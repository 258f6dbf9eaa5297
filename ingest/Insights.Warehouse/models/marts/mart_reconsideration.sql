-- How reconsideration (复议) moved each project's stage score and rank: per project of a (season, stage, track) with
-- at least one reconsidered mark, the stage score by the original marks (round 0) and by the marks that counted, each
-- the stage's aggregate of its judges' weighted totals (mean, or trimmed mean dropping one highest and one lowest when
-- at least five judges scored), and the project's rank among the stage's projects both ways.
WITH units AS (
    SELECT DISTINCT season, stage, track_code FROM stg_score WHERE round > 0
), marks AS (
    SELECT m.season, m.stage, m.track_code, m.project_id, m.judge_id, m.criterion, coalesce(m.weight, 1) AS weight,
           max(m.round) AS last_round, max(m.score) FILTER (WHERE m.counted) AS counted,
           coalesce(max(m.score) FILTER (WHERE m.round = 0), max(m.score) FILTER (WHERE m.counted)) AS original
    FROM fact_mark AS m
    JOIN units AS u ON u.season = m.season AND u.stage = m.stage AND u.track_code = m.track_code
    GROUP BY ALL
), totals AS (
    SELECT season, stage, track_code, project_id, judge_id, sum(weight * original) AS original_total, sum(weight * counted) AS counted_total,
           count(*) FILTER (WHERE last_round > 0) AS reconsidered_marks, sum(counted - original) FILTER (WHERE last_round > 0) AS mark_change
    FROM marks
    GROUP BY ALL
), scores AS (
    SELECT t.season, t.stage, t.track_code, t.project_id, count(*) AS judges, sum(t.reconsidered_marks) AS reconsidered_marks,
           sum(t.mark_change) AS mark_change,
           CASE WHEN d.score_method = 'trimmed_mean' AND count(*) >= 5
                THEN (sum(t.original_total) - max(t.original_total) - min(t.original_total)) / (count(*) - 2)
                ELSE avg(t.original_total) END AS original_score,
           CASE WHEN d.score_method = 'trimmed_mean' AND count(*) >= 5
                THEN (sum(t.counted_total) - max(t.counted_total) - min(t.counted_total)) / (count(*) - 2)
                ELSE avg(t.counted_total) END AS counted_score
    FROM totals AS t
    LEFT JOIN dim_stage AS d ON d.season = t.season AND d.stage = t.stage
    GROUP BY t.season, t.stage, t.track_code, t.project_id, d.score_method
), ranked AS (
    SELECT *,
           rank() OVER (PARTITION BY season, stage, track_code ORDER BY original_score DESC) AS original_rank,
           rank() OVER (PARTITION BY season, stage, track_code ORDER BY counted_score DESC) AS counted_rank,
    FROM scores
)
SELECT season, stage, track_code, project_id, judges, CAST(reconsidered_marks AS INTEGER) AS reconsidered_marks, mark_change,
       original_score, counted_score, counted_score - original_score AS score_change,
       CAST(original_rank AS INTEGER) AS original_rank, CAST(counted_rank AS INTEGER) AS counted_rank,
       CAST(original_rank - counted_rank AS INTEGER) AS rank_gain
FROM ranked
WHERE reconsidered_marks > 0 OR original_rank <> counted_rank
