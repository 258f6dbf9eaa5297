-- Every finding: the notice's rules here (source 'ingest'); the analytics add theirs later (source 'analytics').
WITH rules AS (
    SELECT * FROM rule_entrant_organizer
    UNION ALL SELECT * FROM rule_entrant_blacklist
    UNION ALL SELECT * FROM rule_entrant_credit_code
    UNION ALL SELECT * FROM rule_team_representatives
    UNION ALL SELECT * FROM rule_representative_one_team
    UNION ALL SELECT * FROM rule_team_one_project
    UNION ALL SELECT * FROM rule_project_one_problem
    UNION ALL SELECT * FROM rule_project_problem_fixed
    UNION ALL SELECT * FROM rule_team_one_division
    UNION ALL SELECT * FROM rule_panel_disjoint
    UNION ALL SELECT * FROM rule_preliminary_deadline
    UNION ALL SELECT * FROM rule_results_deadline
    UNION ALL SELECT * FROM rule_publicity_days
    UNION ALL SELECT * FROM rule_complaint_real_name
)
SELECT md5(concat_ws('|', r.rule_id, r.season, r.track_code, r.stage, r.panel_id, r.judge_id, r.project_id, r.team_id, r.credit_code, r.message_en)) AS finding_id,
       'rule' AS kind, 'ingest' AS source, r.rule_id, x.clause, r.level, r.season, r.track_code, r.stage, r.panel_id, r.judge_id,
       r.project_id, r.team_id, r.credit_code, NULL::DOUBLE AS statistic, NULL::DOUBLE AS p_value,
       r.message_zh, r.message_en, CAST(r.evidence AS VARCHAR) AS evidence
FROM rules AS r
LEFT JOIN ref_rule AS x ON x.season = r.season AND x.rule_id = r.rule_id
