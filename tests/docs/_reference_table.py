"""The methods table of the README and docs/reference/methods.md (tools/methods_table.py).

`python tools/methods_table.py` prints it; `make generate` writes the site page.
"""

from __future__ import annotations

from methods_table import BEGIN, END, PAGE, ROOT, page, table

__all__ = ["BEGIN", "END", "PAGE", "ROOT", "page", "table"]
