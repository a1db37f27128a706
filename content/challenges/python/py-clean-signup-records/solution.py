import pandas as pd

TEXT = ["email", "country", "plan"]
COLUMNS = ["signup_id", "email", "country", "plan", "seats", "referrer"]


def clean_signups(signups: pd.DataFrame) -> pd.DataFrame:
    """Apply the blank, drop, fill and referrer rules; keep the original row order."""
    df = signups.copy()
    for column in TEXT:
        text = df[column].astype("string")
        df[column] = text.mask(text.str.strip() == "")
    df = df.dropna(subset=["signup_id"])
    df = df.dropna(subset=["email", "country", "plan", "seats"], thresh=2)

    plans = df["plan"].dropna()
    if plans.empty:
        default_plan = "free"
    else:
        counts = plans.value_counts()
        default_plan = min(counts[counts == counts.max()].index)

    df = df.fillna({"country": "ZZ", "plan": default_plan, "seats": 1})
    # Int64 keeps ids integral even with missing values, so 1042.0 prints as 1042.
    referrer = df["referrer_id"].astype("Int64")
    df["referrer"] = ("R" + referrer.astype("string")).fillna("none")
    df["signup_id"] = df["signup_id"].astype("Int64")
    df["seats"] = df["seats"].astype("Int64")
    return df[COLUMNS].reset_index(drop=True)
