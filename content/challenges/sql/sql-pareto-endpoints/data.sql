INSERT INTO endpoint_traffic (endpoint, requests) VALUES
    ('/cart',      15230),
    ('/checkout',   8120),
    ('/health',     1890),
    ('/login',      5077),
    ('/product',   24960),
    ('/search',    44723);
