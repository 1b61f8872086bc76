"""The typed models of SoundCloud resources, generated from spec/openapi.yaml.

Users import models from here (``from soundcloud_async.models import Track``); the generated
package they come from is an implementation detail that may move.
"""

from __future__ import annotations

from soundcloud_async_generated.models import *  # noqa: F403
from soundcloud_async_generated.models import __all__ as _generated_all
from soundcloud_async_generated.types import UNSET as UNSET
from soundcloud_async_generated.types import File as File
from soundcloud_async_generated.types import Unset as Unset

__all__ = sorted([*_generated_all, "UNSET", "File", "Unset"])
