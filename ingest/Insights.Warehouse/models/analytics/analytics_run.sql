-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): one row per
-- season analysed: the summary.json of the last analyze run that covered it, and the season's input fingerprint
-- (analysis_input) by which a rebuild keeps the analysis while its input is unchanged.
SELECT NULL::VARCHAR AS season,
       NULL::INTEGER AS seed,
       NULL::BOOLEAN AS pooled,
       NULL::JSON AS summary,
       NULL::VARCHAR AS input_fingerprint
WHERE false
