-- PostgreSQL: a DATE minus an integer is a DATE, and it is constant along a run of consecutive days.
WITH active_days AS (
    SELECT DISTINCT user_id, CAST(event_at AS DATE) AS day
    FROM user_events
),
islands AS (
    SELECT
        user_id,
        day,
        day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS island
    FROM active_days
),
streaks AS (
    SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(*) AS streak_days
    FROM islands
    GROUP BY user_id, island
),
best AS (
    SELECT
        streaks.*,
        ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY streak_days DESC, streak_start) AS pick
    FROM streaks
)
SELECT user_id, streak_days AS longest_streak, streak_start, streak_end
FROM best
WHERE pick = 1;
