import pandas as pd


def top_products(sales: list[dict], n: int) -> pd.DataFrame:
    """The n best products per category by summed revenue: category, product, revenue, rank."""
    raise NotImplementedError
