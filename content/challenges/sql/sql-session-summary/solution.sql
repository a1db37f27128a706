-- Number the sessions with LAG + running SUM, then aggregate each (user, session) group.
WITH ordered AS (
    SELECT
        user_id,
        event_id,
        event_time,
        LAG(event_time) OVER (PARTITION BY user_id ORDER BY event_time, event_id) AS prev_time
    FROM events
),
numbered AS (
    SELECT
        user_id,
        event_time,
        SUM(CASE WHEN prev_time IS NULL OR event_time > datetime(prev_time, '+30 minutes') THEN 1 ELSE 0 END)
            OVER (PARTITION BY user_id ORDER BY event_time, event_id
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_number
    FROM ordered
)
SELECT
    user_id,
    MIN(event_time) AS session_start,
    MAX(event_time) AS session_end,
    COUNT(*) AS event_count,
    -- julianday() is fractional days: round to whole seconds before casting
    CAST(ROUND((julianday(MAX(event_time)) - julianday(MIN(event_time))) * 86400) AS INTEGER) AS duration_seconds
FROM numbered
GROUP BY user_id, session_number;
