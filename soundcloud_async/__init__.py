"""soundcloud-async: an asyncio SDK for SoundCloud's public API."""

from soundcloud_async._version import __version__

__all__ = ["__version__"]
