-- Dedupe retransmissions, then compare each seq with the previous one received by the device
-- (sorted by seq, not by arrival). LAG's default of 0 makes a missing seq 1 show up as a gap too.
WITH received AS (
    SELECT DISTINCT device_id, seq
    FROM packets
),
with_prev AS (
    SELECT
        device_id,
        seq,
        LAG(seq, 1, 0) OVER (PARTITION BY device_id ORDER BY seq) AS prev_seq
    FROM received
)
SELECT
    device_id,
    prev_seq + 1 AS first_missing,
    seq - 1      AS last_missing
FROM with_prev
WHERE seq > prev_seq + 1;
