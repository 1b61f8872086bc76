"""The facade's namespaces that extend a generated class with methods written by hand.

Which operations are handwritten is in the spec (`x-sdk-handwritten`); everything else on
these classes is generated from it (templates/endpoint_init.py.jinja).
"""

from soundcloud_async._namespaces.me import Me
from soundcloud_async._namespaces.oauth import OAuth
from soundcloud_async._namespaces.playlists import Playlists
from soundcloud_async._namespaces.tracks import Tracks

__all__ = ["Me", "OAuth", "Playlists", "Tracks"]
