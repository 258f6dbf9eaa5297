-- The problem statements (赛题) of a season's reference data, titled in both languages.
SELECT season, problem_code, track_code, title_zh, coalesce(title_en, title_zh) AS title_en
FROM dim_problem
