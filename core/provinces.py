"""The official 2025 administrative list (34 provinces, ~3,300 communes) from the vietnam-provinces package."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def provinces() -> list[dict]:
    from vietnam_provinces import Province  # imported on first use: ~0.1 s the window's startup doesn't need
    return [{"code": int(p.code), "name": p.name} for p in Province.iter_all()]


@functools.lru_cache(maxsize=64)
def communes(province_code: int) -> list[dict]:
    """Communes, wards and special zones of a province; names keep their type prefix ('Xã Sơn Hà')."""
    from vietnam_provinces import Ward
    return [{"code": int(w.code), "name": w.name} for w in Ward.iter_all() if int(w.province_code) == province_code]
