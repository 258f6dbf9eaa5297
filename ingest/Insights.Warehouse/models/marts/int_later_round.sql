-- The keys that were reconsidered (复议) and their latest round: small (a few marks per stage), so it is a table that
-- fact_mark joins in every read instead of scanning every mark for later rounds each time.
SELECT season, stage, track_code, panel_id, judge_id, project_id, criterion, max(round) AS last_round
FROM stg_score
WHERE round > 0
GROUP BY ALL
