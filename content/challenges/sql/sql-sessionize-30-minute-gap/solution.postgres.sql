-- 1) LAG finds the user's previous event; 2) flag a session start when the gap is over 30 minutes;
-- 3) a running SUM of the flags numbers the sessions.
WITH ordered AS (
    SELECT
        event_id,
        user_id,
        event_time,
        LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS prev_time
    FROM events
),
flagged AS (
    SELECT
        event_id,
        user_id,
        event_time,
        CASE
            WHEN prev_time IS NULL THEN 1
            WHEN event_time > prev_time + INTERVAL '30 minutes' THEN 1
            ELSE 0
        END AS is_new_session
    FROM ordered
)
SELECT
    event_id,
    user_id,
    event_time,
    SUM(is_new_session) OVER (
        PARTITION BY user_id
        ORDER BY event_time, event_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS session_number
FROM flagged;
