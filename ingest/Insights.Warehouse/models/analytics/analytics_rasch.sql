-- Written by insights analyze, empty after a build (a rebuild carries an unchanged season's rows over): rasch.csv:
-- the many-facet Rasch measures of the units with an ordinal rubric: per facet a summary row (element_id '') and its
-- elements, then the category thresholds (facet 'threshold').
SELECT NULL::VARCHAR AS season,
       NULL::VARCHAR AS stage,
       NULL::VARCHAR AS track_code,
       NULL::VARCHAR AS facet,
       NULL::VARCHAR AS element_id,
       NULL::INTEGER AS n_ratings,
       NULL::DOUBLE AS observed_average,
       NULL::DOUBLE AS fair_average,
       NULL::DOUBLE AS measure,
       NULL::DOUBLE AS se,
       NULL::DOUBLE AS infit,
       NULL::DOUBLE AS infit_zstd,
       NULL::DOUBLE AS outfit,
       NULL::DOUBLE AS outfit_zstd,
       NULL::BOOLEAN AS extreme,
       NULL::DOUBLE AS separation,
       NULL::DOUBLE AS strata,
       NULL::DOUBLE AS reliability
WHERE false
