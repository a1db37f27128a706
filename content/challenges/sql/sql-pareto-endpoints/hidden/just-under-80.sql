-- The endpoints before /b carry 79.996 %, which rounds to 80.00: filtering on a rounded
-- percentage drops /b, which must be kept.
INSERT INTO endpoint_traffic (endpoint, requests) VALUES
    ('/a', 79996),
    ('/b',    10),
    ('/c',     9),
    ('/d', 19985);
