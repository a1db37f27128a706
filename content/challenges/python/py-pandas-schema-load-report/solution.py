import pandas as pd

STATUSES = ["pending", "shipped", "delivered", "cancelled"]
COLUMNS = ["quantity", "unit_price", "status", "order_date"]


def _present(column: pd.Series) -> pd.Series:
    """The column with surrounding whitespace removed and empty strings turned into nulls."""
    stripped = column.astype(object).str.strip()
    return stripped.where(stripped != "")


def load_report(raw: pd.DataFrame) -> dict:
    """Cast the raw text columns to the schema and report dtypes, rejections and a few totals."""
    text = pd.DataFrame({name: _present(raw[name]) for name in COLUMNS}, index=raw.index)

    number = pd.to_numeric(text["quantity"], errors="coerce").astype("float64")
    typed = pd.DataFrame(index=raw.index)
    typed["quantity"] = number.where(number % 1 == 0).astype("Int64")  # 2.5 -> <NA>, not a crash
    typed["unit_price"] = pd.to_numeric(text["unit_price"], errors="coerce").astype("float64")
    typed["status"] = text["status"].astype(pd.CategoricalDtype(STATUSES))  # unknown labels -> NaN
    typed["order_date"] = pd.to_datetime(text["order_date"], format="%d/%m/%Y", errors="coerce")

    rejected = text.notna() & typed.isna()
    dates = typed["order_date"].dropna()
    return {
        "dtypes": {name: str(dtype) for name, dtype in typed.dtypes.items()},
        "rejected": {name: int(count) for name, count in rejected.sum().items()},
        "total_quantity": int(typed["quantity"].sum()),
        "orders_by_status": {name: int(count) for name, count in typed["status"].value_counts(sort=False).items()},
        "first_order_date": dates.min().strftime("%Y-%m-%d") if len(dates) else None,
        "last_order_date": dates.max().strftime("%Y-%m-%d") if len(dates) else None,
    }
