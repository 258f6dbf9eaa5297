-- The season's analytics findings join the rule findings. finding_id: md5 of the finding's identity, stable
-- across runs; empty ids become NULL as in the rule findings; evidence carries the statistic and the criterion.
INSERT INTO fact_finding (finding_id, kind, source, rule_id, clause, level, season, track_code, stage, panel_id, judge_id,
                          project_id, team_id, credit_code, statistic, p_value, message_zh, message_en, evidence)
SELECT md5(concat_ws('|', 'analytics', kind, season, stage, track_code, panel_id, judge_id, project_id, criterion)),
       kind, 'analytics', NULL, NULL, level, season, nullif(track_code, ''), nullif(stage, ''), nullif(panel_id, ''),
       nullif(judge_id, ''), nullif(project_id, ''), NULL, NULL, statistic, p_value, evidence_zh, evidence_en,
       CAST(json_object('criterion', nullif(criterion, ''), 'statistic', statistic, 'p_value', p_value) AS VARCHAR)
FROM analytics_finding
WHERE season = $season
