-- PostgreSQL: RANGE with an interval offset over the DATE column.
SELECT
    service,
    day,
    errors,
    SUM(errors) OVER (
        PARTITION BY service
        ORDER BY day
        RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW
    ) AS errors_7d
FROM service_errors;
