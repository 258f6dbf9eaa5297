-- Problem statements (赛题) of every track.
SELECT season, problem_code, track_code, number, title_zh, title_en
FROM ref_problem
