-- One signup on a Wednesday: the week label is the Monday two days earlier, not the signup date.
INSERT INTO signups (user_id, signup_time, channel) VALUES
    (30, '2024-02-28 14:00:00', 'organic');
