-- Score spreads and reliability of each stage of each track (and of the whole division, track_code NULL), all in one
-- unit: points of the 100-point total (a judge's total for a project: int_judge_total). Per stage and scope:
--   projects, score_*: the distribution of the projects' mean totals over their judges;
--   judge_sd_mean: the mean over projects of the standard deviation of the judges' totals (disagreement);
--   judges, severity_*: a judge's severity is the mean of (own total - the project's mean total) over the judge's
--     projects; its standard deviation and interquartile range over the judges;
--   panels, icc1_mean, icc1k_mean: the one-way ICC(1) and ICC(1,k) of each panel (Shrout and Fleiss 1979, with the
--     unbalanced k0 of the one-way ANOVA), averaged over the panels with at least two projects.
WITH totals AS (
    SELECT season, stage, track_code, panel_id, judge_id, project_id, total FROM int_judge_total
), projects AS (
    SELECT season, stage, track_code, project_id, avg(total) AS score, stddev_samp(total) AS judge_sd
    FROM totals GROUP BY season, stage, track_code, project_id
), judges AS (
    SELECT t.season, t.stage, t.track_code, t.judge_id, avg(t.total - p.score) AS severity
    FROM totals AS t
    JOIN projects AS p ON p.season = t.season AND p.stage = t.stage AND p.track_code = t.track_code AND p.project_id = t.project_id
    GROUP BY t.season, t.stage, t.track_code, t.judge_id
), panel_projects AS (
    SELECT season, stage, track_code, panel_id, project_id, count(*) AS k, avg(total) AS m, var_pop(total) * count(*) AS ssw
    FROM totals GROUP BY season, stage, track_code, panel_id, project_id
), panel_anova AS (
    SELECT season, stage, track_code, panel_id, count(*) AS n, sum(k) AS big_n,
           (sum(k * m * m) - sum(k * m) * sum(k * m) / sum(k)) / (count(*) - 1) AS msb,
           sum(ssw) / (sum(k) - count(*)) AS msw,
           (sum(k) - sum(k * k) / sum(k)) / (count(*) - 1) AS k0
    FROM panel_projects GROUP BY season, stage, track_code, panel_id
    HAVING count(*) >= 2 AND sum(k) > count(*)
), panels AS (
    SELECT season, stage, track_code, panel_id,
           CASE WHEN msb + (k0 - 1) * msw > 0 THEN (msb - msw) / (msb + (k0 - 1) * msw) END AS icc1,
           CASE WHEN msb > 0 THEN (msb - msw) / msb END AS icc1k
    FROM panel_anova
), scoped_projects AS (
    SELECT season, stage, track_code AS scope, score, judge_sd FROM projects
    UNION ALL SELECT season, stage, NULL, score, judge_sd FROM projects
), scoped_judges AS (
    SELECT season, stage, track_code AS scope, severity FROM judges
    UNION ALL SELECT season, stage, NULL, severity FROM judges
), scoped_panels AS (
    SELECT season, stage, track_code AS scope, icc1, icc1k FROM panels
    UNION ALL SELECT season, stage, NULL, icc1, icc1k FROM panels
), p AS (
    SELECT season, stage, scope, count(*) AS projects, min(score) AS score_min, quantile_cont(score, 0.25) AS score_q1,
           median(score) AS score_median, quantile_cont(score, 0.75) AS score_q3, max(score) AS score_max,
           avg(score) AS score_mean, avg(judge_sd) AS judge_sd_mean
    FROM scoped_projects GROUP BY season, stage, scope
), j AS (
    SELECT season, stage, scope, count(*) AS judges, stddev_samp(severity) AS severity_sd,
           quantile_cont(severity, 0.75) - quantile_cont(severity, 0.25) AS severity_iqr
    FROM scoped_judges GROUP BY season, stage, scope
), q AS (
    SELECT season, stage, scope, count(*) AS panels, avg(icc1) AS icc1_mean, avg(icc1k) AS icc1k_mean
    FROM scoped_panels GROUP BY season, stage, scope
)
SELECT p.season, p.stage, p.scope AS track_code, p.projects, p.score_min, p.score_q1, p.score_median, p.score_q3,
       p.score_max, p.score_mean, p.judge_sd_mean, coalesce(j.judges, 0) AS judges, j.severity_sd, j.severity_iqr,
       coalesce(q.panels, 0) AS panels, q.icc1_mean, q.icc1k_mean
FROM p
LEFT JOIN j ON j.season = p.season AND j.stage = p.stage AND j.scope IS NOT DISTINCT FROM p.scope
LEFT JOIN q ON q.season = p.season AND q.stage = p.stage AND q.scope IS NOT DISTINCT FROM p.scope
