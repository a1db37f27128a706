-- MAX(...) OVER an ordered, growing frame is the running peak. 100.0 forces decimal division
-- (whole-number prices are integers in SQLite).
WITH peaks AS (
    SELECT
        symbol,
        close_price,
        MAX(close_price) OVER (
            PARTITION BY symbol
            ORDER BY close_date
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS running_peak
    FROM daily_closes
)
SELECT
    symbol,
    ROUND(MIN(100.0 * (close_price - running_peak) / running_peak), 2) AS max_drawdown_pct
FROM peaks
GROUP BY symbol;
