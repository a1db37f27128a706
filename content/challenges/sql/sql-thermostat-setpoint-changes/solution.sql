-- IS DISTINCT FROM treats NULL as a comparable value (NULL vs NULL: same; NULL vs 20: different).
-- The first report needs its own test: LAG returns NULL there, which would look like "no change"
-- when the first setpoint is NULL too.
WITH ordered AS (
    SELECT
        device_id,
        reported_at,
        setpoint,
        LAG(setpoint) OVER w  AS prev_setpoint,
        ROW_NUMBER() OVER w   AS report_no
    FROM setpoint_reports
    WINDOW w AS (PARTITION BY device_id ORDER BY reported_at)
)
SELECT device_id, reported_at, setpoint
FROM ordered
WHERE report_no = 1
   OR setpoint IS DISTINCT FROM prev_setpoint;
