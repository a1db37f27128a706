-- Gaps and islands: inside one run of consecutive days, "day number - row number" is constant.
-- DISTINCT first, so several events on one day count once.
WITH active_days AS (
    SELECT DISTINCT user_id, date(event_at) AS day
    FROM user_events
),
islands AS (
    SELECT
        user_id,
        day,
        julianday(day) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
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
