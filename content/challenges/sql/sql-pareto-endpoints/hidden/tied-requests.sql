-- Three endpoints tie on 200 requests. A running SUM with the default frame
-- (RANGE ... CURRENT ROW) gives all three the same cumulative total.
-- Kept: /orders (40 %), /a (60 %), /b (80 %); /c is not kept because 80 % is already reached.
INSERT INTO endpoint_traffic (endpoint, requests) VALUES
    ('/c',      200),
    ('/orders', 400),
    ('/b',      200),
    ('/a',      200);
