"""Namespace classes: one naming scheme, exported for annotations, shown under public modules.

Before: `sc.users` was a UsersNamespace but `sc.tracks` a Tracks and `sc.me` a Me (the name of a
model too), none was exported, help() named `soundcloud_async_generated.api.users`, and
help(UserSoundCloud) rendered as "Annotated = class SoundCloud".
"""

from __future__ import annotations

import pydoc
import subprocess
import sys

import pytest

import soundcloud_async
from soundcloud_async import SoundCloud, models
from soundcloud_async.fastapi import AppSoundCloud, CurrentUserId, UserSoundCloud

TAGS = ["likes", "me", "oauth", "playlists", "reposts", "search", "tracks", "users"]


def class_name(tag: str) -> str:
    return ("OAuth" if tag == "oauth" else tag.capitalize()) + "Namespace"


@pytest.fixture
def sc() -> SoundCloud:
    return SoundCloud(client_id="id", client_secret="secret")


@pytest.mark.parametrize("tag", TAGS)
def test_every_namespace_is_exported_under_one_scheme(sc: SoundCloud, tag: str) -> None:
    import soundcloud_async.namespaces as namespaces

    cls = type(getattr(sc, tag))
    assert cls.__name__ == class_name(tag)
    assert getattr(soundcloud_async, class_name(tag)) is cls
    assert getattr(namespaces, class_name(tag)) is cls
    assert class_name(tag) in soundcloud_async.__all__
    assert cls.__module__ == "soundcloud_async.namespaces"


def test_the_me_namespace_is_not_the_me_model(sc: SoundCloud) -> None:
    assert soundcloud_async.MeNamespace is not models.Me
    assert type(sc.me).__name__ == "MeNamespace"


@pytest.mark.parametrize(
    "method", ["users.followers", "tracks.get", "tracks.upload", "me.get", "playlists.create"]
)
def test_help_shows_public_module_names(sc: SoundCloud, method: str) -> None:
    tag, name = method.split(".")
    for thing in (getattr(sc, tag), getattr(getattr(sc, tag), name)):
        text = pydoc.render_doc(thing, renderer=pydoc.plaintext)
        assert "soundcloud_async_generated" not in text
        assert "_namespaces" not in text


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        (AppSoundCloud, "AppSoundCloud"),
        (CurrentUserId, "CurrentUserId"),
        (UserSoundCloud, "UserSoundCloud"),
    ],
)
def test_help_of_a_fastapi_dependency_alias_describes_it(alias: object, name: str) -> None:
    text = pydoc.render_doc(alias, renderer=pydoc.plaintext)
    assert "Annotated = class" not in text
    assert f"{name} = " in text
    assert "Route parameter type" in text


def test_importing_the_package_does_not_import_every_namespace() -> None:
    code = "import sys, soundcloud_async; print('soundcloud_async.namespaces' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
