-- Projects as landed in the current batches (a project may appear once per problem it was registered with).
SELECT season, project_id, team_id, project_name, track_code, problem_code, submitted_at, batch_id, source_row
FROM lake_project
