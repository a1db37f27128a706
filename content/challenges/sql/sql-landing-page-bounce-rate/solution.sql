-- 1) number each user's sessions (LAG + running SUM of "gap > 30 minutes" flags);
-- 2) per session, FIRST_VALUE gives the landing page and COUNT the page views;
-- 3) aggregate sessions by landing page.
WITH ordered AS (
    SELECT
        view_id,
        user_id,
        page,
        viewed_at,
        LAG(viewed_at) OVER (PARTITION BY user_id ORDER BY viewed_at, view_id) AS prev_at
    FROM pageviews
),
numbered AS (
    SELECT
        view_id,
        user_id,
        page,
        viewed_at,
        SUM(CASE WHEN prev_at IS NULL OR viewed_at > datetime(prev_at, '+30 minutes') THEN 1 ELSE 0 END)
            OVER (PARTITION BY user_id ORDER BY viewed_at, view_id
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS session_number
    FROM ordered
),
per_view AS (
    SELECT
        user_id,
        session_number,
        FIRST_VALUE(page) OVER (
            PARTITION BY user_id, session_number
            ORDER BY viewed_at, view_id
        ) AS landing_page
    FROM numbered
),
sessions AS (
    SELECT user_id, session_number, landing_page, COUNT(*) AS views
    FROM per_view
    GROUP BY user_id, session_number, landing_page
)
SELECT
    landing_page,
    COUNT(*) AS sessions,
    SUM(CASE WHEN views = 1 THEN 1 ELSE 0 END) AS bounces,
    ROUND(100.0 * SUM(CASE WHEN views = 1 THEN 1 ELSE 0 END) / COUNT(*), 2) AS bounce_rate_pct
FROM sessions
GROUP BY landing_page;
