import pandas as pd

COLUMNS = ["category", "product", "revenue", "rank"]


def top_products(sales: list[dict], n: int) -> pd.DataFrame:
    """The n best products per category by summed revenue: category, product, revenue, rank."""
    lines = pd.DataFrame(sales, columns=["category", "product", "qty", "unit_price"])
    lines = lines.dropna(subset=["category", "product"])
    if lines.empty:
        return pd.DataFrame(columns=COLUMNS)
    lines = lines.assign(revenue=lines["qty"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False)["revenue"].sum()
    ranked = revenue.sort_values(["category", "revenue", "product"], ascending=[True, False, True], kind="mergesort")
    ranked["rank"] = ranked.groupby("category").cumcount() + 1
    top = ranked[ranked["rank"] <= n]
    return top[COLUMNS].reset_index(drop=True)
