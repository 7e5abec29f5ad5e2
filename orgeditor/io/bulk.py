"""Building a big chart creates hundreds of thousands of small objects and no garbage cycles;
the cyclic collector would scan the growing heap again and again (about a third of a 50,000-row
import). Pause it while a reader builds, and restore it after."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # what was built is long-lived: straight to the oldest generation (freeze, then
            # unfreeze), or the first young collection after this would scan all of it
            gc.freeze()
            gc.unfreeze()
            gc.enable()
