-- The judge pool as a judging plan sees it: unit and city (conflicts of interest) and the tracks the judge has sat
-- for in the season (his expertise when no judge list with tags is given).
SELECT j.season, j.judge_id, coalesce(any_value(j.judge_name), '') AS judge_name, coalesce(any_value(j.unit_name), '') AS unit_name,
       coalesce(any_value(j.city), '') AS city,
       coalesce((SELECT string_agg(DISTINCT s.track_code, ';' ORDER BY s.track_code) FROM rpt_plan_seat AS s
                 WHERE s.season = j.season AND s.judge_id = j.judge_id), '') AS tracks
FROM dim_judge AS j
GROUP BY j.season, j.judge_id
