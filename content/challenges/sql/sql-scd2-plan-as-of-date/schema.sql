CREATE TABLE account_plan_history (
    version_id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    plan       TEXT    NOT NULL,
    valid_from DATE    NOT NULL,
    valid_to   DATE
);
