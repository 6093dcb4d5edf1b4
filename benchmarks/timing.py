"""Shared helpers of the benchmarks: a median timer and the budget line.

Every budget line looks like
``plans.save_draft_median_ms 0.71 (budget 10) ratio_to_json_row 2.8 (budget 15) OK``;
a benchmark's ``main()`` returns 0 when all its ``check`` calls held, 1 otherwise.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple


def median_ms(
    action: Callable[..., Any], rounds: int, inputs: Iterable[Any] | None = None
) -> float:
    """Median wall time of one call of ``action`` in milliseconds.

    Without ``inputs`` ``action()`` is timed ``rounds`` times; with ``inputs`` every round
    times ``action(item)`` once per item, and the median is over all those samples.
    """
    items = None if inputs is None else list(inputs)
    samples = []
    for _ in range(rounds):
        for item in [None] if items is None else items:
            start = time.perf_counter()
            if items is None:
                action()
            else:
                action(item)
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


class Ratio(NamedTuple):
    """A ratio against the floor of the same run that has a budget of its own."""

    label: str
    value: float
    budget: float
    places: int = 2


def check(
    name: str,
    value: float,
    budget: float,
    unit: str = "",
    extra: str = "",
    *,
    places: int = 1,
    ratio: Ratio | None = None,
    margin: float = 0.0,
) -> bool:
    """Print one budget line ending in OK or OVER; True when ``value`` (and ``ratio``) hold.

    With a ``margin`` (0.2: 20 %) a value that comes that close to the budget counts as
    over, and the line says where the budget is met: ``(budget 500, met below 400)``.
    """
    limit = budget * (1 - margin)
    ok = value <= limit
    met = f", met below {limit:g}" if margin else ""
    text = f"{name} {value:.{places}f} {f'{unit} ' if unit else ''}(budget {budget:g}{met}){extra}"
    if ratio is not None:
        ok = ok and ratio.value <= ratio.budget
        text += f" {ratio.label} {ratio.value:.{ratio.places}f} (budget {ratio.budget:g})"
    print(f"{text} {'OK' if ok else 'OVER'}")
    return ok
