"""`python -m soundcloud_async.testing serve --port 8080 [--seed 1 ...]`."""

from __future__ import annotations

import sys

from soundcloud_async.testing._cli import main

if __name__ == "__main__":
    sys.exit(main())
