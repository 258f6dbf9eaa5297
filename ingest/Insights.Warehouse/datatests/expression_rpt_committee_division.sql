-- severity: error
-- the division's participation row is the sum of its tracks' rows (every project, score and award has a track)
SELECT d.season, d.registered, d.finalists, d.awards, sum(t.registered) AS track_registered, sum(t.finalists) AS track_finalists,
       sum(t.awards) AS track_awards
FROM rpt_committee_participation AS d
JOIN rpt_committee_participation AS t ON t.season = d.season AND t.track_code IS NOT NULL
WHERE d.track_code IS NULL
GROUP BY d.season, d.registered, d.finalists, d.awards
HAVING d.registered <> sum(t.registered) OR d.finalists <> sum(t.finalists) OR d.awards <> sum(t.awards)
