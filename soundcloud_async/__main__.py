"""`python -m soundcloud_async`: the `soundcloud` command (needs the `cli` extra)."""

from __future__ import annotations

import sys


def _main() -> None:
    try:
        from soundcloud_async.cli import main
    except ModuleNotFoundError as error:  # click or rich missing: say which extra brings them
        if error.name not in ("click", "rich"):
            raise
        sys.exit(
            f"soundcloud: the command line needs the cli extra: pip install "
            f"'soundcloud-async[cli]' ({error})"
        )
    main()


if __name__ == "__main__":
    _main()
