-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): how two stages
-- of a track link (summary.json's stage_links), one row per season, track and pair of stages: projects and judges on
-- both (judge ids separated by ';', which the notice forbids), Spearman's correlation of the common projects, rank
-- reversals beyond noise, the link corrected for the finalists' selection (NULL under 4 finalists), and the caveats
-- (notes, one per line, in English). The near-cut projects stay in summary.json.
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS from_stage,
       NULL::VARCHAR AS to_stage,
       NULL::INTEGER AS projects_on_both,
       NULL::INTEGER AS judges_on_both,
       NULL::VARCHAR AS judge_ids_on_both,
       NULL::DOUBLE AS spearman,
       NULL::DOUBLE AS spearman_p,
       NULL::INTEGER AS rank_reversals,
       NULL::INTEGER AS pairs_compared,
       NULL::DOUBLE AS pearson_finalists,
       NULL::DOUBLE AS pearson_selection_corrected,
       NULL::DOUBLE AS restriction_ratio,
       NULL::DOUBLE AS final_on_preliminary_slope,
       NULL::DOUBLE AS final_residual_sd,
       NULL::DOUBLE AS award_cut,
       NULL::VARCHAR AS notes
WHERE false
