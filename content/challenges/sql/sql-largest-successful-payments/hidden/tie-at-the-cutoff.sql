-- Three payments of 200.00 compete for places 4 and 5. The earliest two win, and they are
-- not the two smallest ids. Breaks `ORDER BY amount DESC LIMIT 5` with no tie-break (or with
-- `id` as the tie-break): both keep ids 2001 and 2002.
INSERT INTO payments (id, customer_id, status, amount, created_at) VALUES
    (2001, 21, 'succeeded', 200.00, '2024-05-09 15:00:00'),
    (2002, 22, 'succeeded', 200.00, '2024-05-03 10:00:00'),
    (2003, 23, 'succeeded', 200.00, '2024-05-01 08:00:00'),
    (2004, 24, 'succeeded', 540.00, '2024-05-02 12:00:00'),
    (2005, 25, 'succeeded', 300.00, '2024-05-04 12:00:00'),
    (2006, 26, 'succeeded', 300.00, '2024-05-05 12:00:00'),
    (2007, 27, 'succeeded',  20.00, '2024-05-06 12:00:00');
