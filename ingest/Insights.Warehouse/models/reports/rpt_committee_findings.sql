-- Findings of each track of a season and of the whole division (track_code NULL) by kind and level: an analysis
-- finding by its kind, a rule finding by its rule id, named by the notice's rule text (name_zh, name_en; NULL for an
-- analysis kind, which the dashboard names). Analysis findings join fact_finding when a season is analysed; a finding
-- of no track counts in the division only.
WITH named AS (
    SELECT season, track_code, CASE WHEN kind = 'rule' THEN coalesce(rule_id, kind) ELSE kind END AS kind, level FROM fact_finding
), counted AS (
    SELECT season, track_code, kind, level, count(*) AS findings FROM named WHERE track_code IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT season, NULL AS track_code, kind, level, count(*) AS findings FROM named GROUP BY ALL
)
SELECT c.season, c.track_code, c.kind, c.level, c.findings, r.text_zh AS name_zh, r.text_en AS name_en
FROM counted AS c
LEFT JOIN ref_rule AS r ON r.season = c.season AND r.rule_id = c.kind
