-- The frame is measured in days, not rows: RANGE over the day number (julianday) with an
-- offset of 6 keeps exactly the rows dated day-6 .. day, however many rows are missing.
SELECT
    service,
    day,
    errors,
    SUM(errors) OVER (
        PARTITION BY service
        ORDER BY julianday(day)
        RANGE BETWEEN 6 PRECEDING AND CURRENT ROW
    ) AS errors_7d
FROM service_errors;
