-- One endpoint on one day holds 100 % of the traffic.
INSERT INTO request_counts (day, endpoint, requests) VALUES
    ('2024-09-30', '/health', 86400);
