CREATE TABLE subscription_versions (
    version_id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    mrr        INTEGER NOT NULL,
    valid_from DATE    NOT NULL,
    valid_to   DATE
);

CREATE TABLE reporting_periods (
    period       TEXT PRIMARY KEY,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL
);
