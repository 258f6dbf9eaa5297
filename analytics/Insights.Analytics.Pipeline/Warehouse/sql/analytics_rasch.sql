-- rasch.csv in the warehouse: the many-facet Rasch measures of the units with an ordinal rubric (docs/analytics.md):
-- per facet a summary row (element_id '') and its elements, then the category thresholds (facet 'threshold').
CREATE TABLE IF NOT EXISTS analytics_rasch (
    season VARCHAR NOT NULL, stage VARCHAR NOT NULL, track_code VARCHAR NOT NULL, facet VARCHAR NOT NULL, element_id VARCHAR NOT NULL,
    n_ratings INTEGER, observed_average DOUBLE, fair_average DOUBLE, measure DOUBLE, se DOUBLE,
    infit DOUBLE, infit_zstd DOUBLE, outfit DOUBLE, outfit_zstd DOUBLE, extreme BOOLEAN,
    separation DOUBLE, strata DOUBLE, reliability DOUBLE
)
