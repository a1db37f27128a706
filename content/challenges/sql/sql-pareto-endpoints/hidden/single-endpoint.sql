-- One endpoint carries 100 %; nothing comes before it, so it is kept.
INSERT INTO endpoint_traffic (endpoint, requests) VALUES
    ('/graphql', 12);
