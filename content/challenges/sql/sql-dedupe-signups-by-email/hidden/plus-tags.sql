-- Several + tags, one with two plus signs, and a tag-only variant signed up first.
-- Breaks lower()-only normalization and cutting at the last + instead of the first.
INSERT INTO signups (signup_id, email, full_name, source, signed_up_at) VALUES
    (1, 'dev+ci@pipeline.example',        'Dev Team', 'web', '2024-04-02 00:00:00'),
    (2, 'dev+ci+nightly@pipeline.example', 'Dev Team', 'web', '2024-04-01 00:00:00'),
    (3, 'DEV@pipeline.example',           'Dev Team', 'ios', '2024-04-03 00:00:00'),
    (4, 'ops+alerts@pipeline.example',    'Ops',      'web', '2024-04-04 00:00:00');
