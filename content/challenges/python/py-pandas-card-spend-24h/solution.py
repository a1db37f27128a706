import numpy as np
import pandas as pd

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def spend_last_24h(txns: pd.DataFrame) -> pd.DataFrame:
    """The input rows, in input order, with each card's total spend in the 24 hours up to each transaction."""
    out = txns[["txn_id", "card_id", "txn_time", "amount"]].reset_index(drop=True)

    # A time-indexed working frame, sorted by card then time, that remembers each row's input position.
    work = pd.DataFrame(
        {"card_id": out["card_id"], "amount": out["amount"].astype("float64"), "row": np.arange(len(out))}
    )
    work.index = pd.DatetimeIndex(pd.to_datetime(out["txn_time"], format=TIME_FORMAT), name="at")
    work = work.reset_index().sort_values(["card_id", "at", "row"]).set_index("at")

    # A time-based window is (t - 24h, t] by default; groupby keeps the cards apart and, because the
    # frame is already sorted by card, returns the sums in the frame's row order.
    work["spend_24h"] = work.groupby("card_id")["amount"].rolling("24h").sum().to_numpy()

    # For tied timestamps the window stops at the current row, so only the last row of a tie has the
    # full sum; give it to every row of the tie.
    work["spend_24h"] = work.groupby(["card_id", work.index])["spend_24h"].transform("last")

    out["spend_24h"] = work.sort_values("row")["spend_24h"].to_numpy()
    return out
