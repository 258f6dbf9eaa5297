-- severity: error
-- no phone number is stored in clear: hashes are 32 hex digits, masks hide the middle digits
SELECT 'representative' AS mart, phone_masked AS value FROM stg_representative
WHERE NOT regexp_full_match(coalesce(phone_hash, ''), '([0-9a-f]{32})?') OR regexp_matches(coalesce(phone_masked, ''), '^[0-9]{7,}$')
UNION ALL SELECT 'judge', phone_masked FROM dim_judge
WHERE NOT regexp_full_match(coalesce(phone_hash, ''), '([0-9a-f]{32})?') OR regexp_matches(coalesce(phone_masked, ''), '^[0-9]{7,}$')
