-- One event: the range is a single hour, labelled with minutes and seconds zeroed, not the event time.
INSERT INTO events (event_id, user_id, event_type, event_time) VALUES
    (1, 30, 'page_view', '2024-02-29 23:45:10');
