"""Reorganisations the diff tests compare: built from the templates, so their figures are known."""

from __future__ import annotations

from dataclasses import replace

from orgeditor.model import Chart
from orgeditor.templates import build_chart, default_params


def island_to_pods() -> tuple[Chart, Chart]:
    """Island of 12 generalists without enablement or sales operations -> the pod template
    (3 pods of SDR, 2 AE, AM) with both, and pod 3's account manager left out."""
    island = build_chart(
        replace(
            default_params("island"),
            generalists=12,
            include_enablement=False,
            include_sales_ops=False,
        )
    )
    pods = build_chart(default_params("pod"))
    pods.remove_position("pod-3-am-1")
    return island, pods
