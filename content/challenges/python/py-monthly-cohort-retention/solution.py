import pandas as pd


def cohort_retention(events: list[dict]) -> pd.DataFrame:
    """Distinct active users per first-event month (cohort) and month offset: cohort, users, m0..mK."""
    df = pd.DataFrame(events, columns=["user_id", "ts"]).dropna(subset=["user_id"])
    if df.empty:
        return pd.DataFrame(columns=["cohort", "users", "m0"])

    when = pd.to_datetime(df["ts"], format="%Y-%m-%d %H:%M:%S")
    month = when.dt.year * 12 + (when.dt.month - 1)  # months since year 0: differences are calendar months
    cohort = month.groupby(df["user_id"]).transform("min")
    activity = pd.DataFrame({"user_id": df["user_id"], "cohort": cohort, "offset": month - cohort}).drop_duplicates()

    matrix = activity.pivot_table(index="cohort", columns="offset", values="user_id", aggfunc="nunique", fill_value=0)
    last_offset = int(activity["offset"].max())
    matrix = matrix.reindex(columns=range(last_offset + 1), fill_value=0).sort_index()
    matrix.columns = [f"m{offset}" for offset in matrix.columns]

    labels = [f"{index // 12:04d}-{index % 12 + 1:02d}" for index in matrix.index]
    result = matrix.reset_index(drop=True)
    result.insert(0, "users", matrix["m0"].to_numpy())
    result.insert(0, "cohort", labels)
    return result
