-- Panel seats as landed.
SELECT season, track_code, stage, panel_id, judge_id, role, batch_id, source_row
FROM lake_panel_member
