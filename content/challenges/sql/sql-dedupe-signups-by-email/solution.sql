-- Step 1: trim + lower case. Step 2: cut a +tag that sits before the @.
-- Step 3: number each person's sign-ups and keep the first, counting them all.
WITH cleaned AS (
    SELECT signup_id, signed_up_at, lower(trim(email)) AS e
    FROM signups
    WHERE email IS NOT NULL
),
normalized AS (
    SELECT
        signup_id,
        signed_up_at,
        CASE
            WHEN instr(e, '+') > 0 AND instr(e, '+') < instr(e, '@')
                THEN substr(e, 1, instr(e, '+') - 1) || substr(e, instr(e, '@'))
            ELSE e
        END AS email
    FROM cleaned
),
numbered AS (
    SELECT
        email,
        signup_id,
        signed_up_at,
        ROW_NUMBER() OVER (PARTITION BY email ORDER BY signed_up_at, signup_id) AS rn,
        COUNT(*) OVER (PARTITION BY email) AS signup_count
    FROM normalized
)
SELECT email, signup_id, signed_up_at, signup_count
FROM numbered
WHERE rn = 1;
