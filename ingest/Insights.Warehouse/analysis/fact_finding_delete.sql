-- The season's earlier analytics findings leave fact_finding; the notice's rule findings (source 'ingest') stay.
DELETE FROM fact_finding WHERE source = 'analytics' AND season = $season
