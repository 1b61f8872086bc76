"""JSON payloads in the shape SoundCloud sends (spec schemas and
docs/soundcloud-behaviour.md, Payloads and parsing).

Payloads carry an integer `id` next to the string `urn`, full users embedded in tracks,
`null` for unset optional metadata and `YYYY/MM/DD HH:MM:SS +0000` timestamps. `label` (a user
or nothing) is left out rather than `null`, as in the 2025 recordings: the spec declares it
`nullable` around an `allOf`, which strict validators read as "never null". URLs that
point back at the API (`uri`, `stream_url`, `tracks_uri`) use the origin of the request, so a
client talking to a local fake follows them to the fake and never to the real host.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from soundcloud_async.testing._ids import urn
from soundcloud_async.testing._records import (
    CommentRecord,
    ConnectionRecord,
    PlaylistRecord,
    StorefrontRecord,
    TrackRecord,
    UserRecord,
    WebProfileRecord,
)
from soundcloud_async.testing._state import State
from soundcloud_async.testing._timefmt import sc_time

JSON = dict[str, Any]
WEB = "https://soundcloud.com"


@dataclass(slots=True)
class Renderer:
    """Renders records for one request: its API origin and the viewing user, if any."""

    state: State
    base: str
    viewer: int | None
    # One request embeds the same uploader in many tracks; count their followers once.
    _users: dict[int, JSON] = field(default_factory=dict)

    def user(self, user: UserRecord) -> JSON:
        """The public profile with live counters."""
        cached = self._users.get(user.id)
        if cached is None:
            cached = self._users[user.id] = self._user(user)
        return dict(cached)

    def _user(self, user: UserRecord) -> JSON:
        state, uid = self.state, user.id
        names = [n for n in (user.first_name, user.last_name) if n]
        return {
            "id": uid,
            "urn": urn("users", uid),
            "kind": "user",
            "username": user.username,
            "permalink": user.permalink,
            "permalink_url": f"{WEB}/{user.permalink}",
            "uri": f"{self.base}/users/{urn('users', uid)}",
            "avatar_url": user.avatar_url,
            "last_modified": sc_time(user.created_at),
            "created_at": sc_time(user.created_at),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "full_name": " ".join(names),
            "city": user.city,
            "country": user.country,
            "description": user.description,
            "discogs_name": None,
            "myspace_name": None,
            "website": user.website,
            "website_title": user.website_title,
            "plan": user.plan,
            "followers_count": len(state.follows.sources(uid)),
            "followings_count": len(state.follows.targets(uid)),
            "track_count": state.public_track_count(uid),
            "playlist_count": state.playlist_count(uid),
            "public_favorites_count": len(state.track_likes.targets(uid)),
            "likes_count": len(state.track_likes.targets(uid)),
            "reposts_count": len(state.track_reposts.targets(uid))
            + len(state.playlist_reposts.targets(uid)),
            "comments_count": state.comments_by(uid),
            "online": False,
            "subscriptions": [{"product": _product(user.plan)}],
        }

    def me(self, user: UserRecord) -> JSON:
        """The signed-in user's own profile: the public one plus private counters."""
        quota_left = None if user.plan != "Free" else 10_800
        return {
            **self.user(user),
            "locale": "",
            "primary_email_confirmed": True,
            "private_tracks_count": self.state.private_track_count(user.id),
            "private_playlists_count": self.state.playlist_count(user.id, private=True),
            "upload_seconds_left": quota_left,
            "quota": {
                "unlimited_upload_quota": user.plan != "Free",
                "upload_seconds_used": 0,
                "upload_seconds_left": quota_left,
            },
        }

    def track(self, track: TrackRecord) -> JSON:
        """A track with its uploader and live counters."""
        state, tid = self.state, track.id
        owner = state.users[track.user_id]
        uri = f"{self.base}/tracks/{urn('tracks', tid)}"
        owned = self.viewer == track.user_id
        private = track.sharing != "public"
        year, month, day = _date_parts(track.release_date)
        return {
            "id": tid,
            "urn": urn("tracks", tid),
            "kind": "track",
            "title": track.title,
            "permalink": track.permalink,
            "permalink_url": f"{WEB}/{owner.permalink}/{track.permalink}",
            "uri": uri,
            "user_id": owner.id,
            "user": self.user(owner),
            "created_at": sc_time(track.created_at),
            "last_modified": sc_time(track.last_modified or track.created_at),
            "duration": track.duration,
            "description": track.description,
            "genre": track.genre,
            "tag_list": track.tag_list,
            "artwork_url": track.artwork_url,
            "waveform_url": f"https://wave.sndcdn.com/{tid}_m.png",
            "stream_url": f"{uri}/stream",
            "download_url": f"{uri}/download" if track.downloadable else None,
            "secret_uri": f"{uri}?secret_token={track.secret_token}" if private and owned else None,
            "secret_token": track.secret_token if owned else None,
            "sharing": track.sharing,
            "state": "finished",
            "streamable": track.streamable,
            "downloadable": track.downloadable,
            "commentable": track.commentable,
            "embeddable_by": track.embeddable_by,
            "access": track.access,
            "policy": None,
            "monetization_model": None,
            "license": track.license,
            "label_name": track.label_name,
            "label_id": None,
            "release": track.release,
            "release_day": day,
            "release_month": month,
            "release_year": year,
            "purchase_url": track.purchase_url,
            "purchase_title": track.purchase_title,
            "isrc": track.isrc,
            "key_signature": track.key_signature,
            "bpm": track.bpm,
            "metadata_artist": None,
            "track_type": None,
            "available_country_codes": None,
            "playback_count": track.playback_count,
            "download_count": track.download_count,
            "favoritings_count": len(state.track_likes.sources(tid)),
            "comment_count": state.comment_count(tid),
            "reposts_count": len(state.track_reposts.sources(tid)),
            "user_favorite": self.viewer is not None and state.track_likes.has(self.viewer, tid),
            "user_playback_count": None if self.viewer is None else 0,
            "reveal_stats": track.reveal_stats,
            "reveal_comments": track.reveal_comments,
        }

    def playlist(self, playlist: PlaylistRecord, *, show_tracks: bool = True) -> JSON:
        """A playlist with its owner and (unless `show_tracks=False`) its visible tracks."""
        state, pid = self.state, playlist.id
        owner = state.users[playlist.user_id]
        uri = f"{self.base}/playlists/{urn('playlists', pid)}"
        tracks = [
            t for t in (state.track_for(i, self.viewer, None) for i in playlist.track_ids) if t
        ]
        year, month, day = _date_parts(playlist.release_date)
        body: JSON = {
            "id": pid,
            "urn": urn("playlists", pid),
            "kind": "playlist",
            "title": playlist.title,
            "permalink": playlist.permalink,
            "permalink_url": f"{WEB}/{owner.permalink}/sets/{playlist.permalink}",
            "uri": uri,
            "tracks_uri": f"{uri}/tracks",
            "user_id": owner.id,
            "user_urn": urn("users", owner.id),
            "user": self.user(owner),
            "created_at": sc_time(playlist.created_at),
            "last_modified": sc_time(playlist.last_modified or playlist.created_at),
            "description": playlist.description,
            "duration": sum(t.duration for t in tracks),
            "track_count": len(tracks),
            "artwork_url": playlist.artwork_url,
            "sharing": playlist.sharing,
            "streamable": True,
            "downloadable": None,
            "embeddable_by": "all",
            "genre": playlist.genre,
            "tag_list": playlist.tag_list,
            "tags": playlist.tag_list or None,
            "license": playlist.license,
            "label_name": playlist.label_name,
            "label_id": None,
            "ean": playlist.ean,
            "release": playlist.release,
            "release_day": day,
            "release_month": month,
            "release_year": year,
            "purchase_url": playlist.purchase_url,
            "purchase_title": playlist.purchase_title,
            "playlist_type": playlist.set_type if playlist.set_type == "album" else "",
            "type": playlist.set_type if playlist.set_type == "album" else "",
            "set_type": playlist.set_type,
            "likes_count": len(state.playlist_likes.sources(pid)),
            "reposts_count": len(state.playlist_reposts.sources(pid)),
        }
        if show_tracks:
            body["tracks"] = [self.track(t) for t in tracks]
        return body

    def comment(self, comment: CommentRecord) -> JSON:
        """A comment with its author; `timestamp` only when pinned to a position.

        The spec's `timestamp` is `nullable` around a `oneOf`, which strict validators read as
        "never null", so an unpinned comment leaves the field out instead of sending null.
        """
        author = self.state.users[comment.user_id]
        body: JSON = {
            "id": comment.id,
            "urn": urn("comments", comment.id),
            "kind": "comment",
            "body": comment.body,
            "created_at": sc_time(comment.created_at),
            "track_id": comment.track_id,
            "track_urn": urn("tracks", comment.track_id),
            "user_id": author.id,
            "user_urn": urn("users", author.id),
            "uri": f"{self.base}/comments/{urn('comments', comment.id)}",
            "user": self.user(author),
        }
        if comment.timestamp is not None:
            body["timestamp"] = comment.timestamp
        return body

    def web_profile(self, profile: WebProfileRecord) -> JSON:
        """A profile link."""
        return {
            "id": profile.id,
            "urn": urn("web-profiles", profile.id),
            "kind": "web-profile",
            "service": profile.service,
            "title": profile.title,
            "url": profile.url,
            "username": profile.username,
            "created_at": sc_time(profile.created_at),
        }

    def connection(self, connection: ConnectionRecord) -> JSON:
        """A connected external account (legacy)."""
        return {
            "id": connection.id,
            "kind": "connection",
            "created_at": sc_time(connection.created_at),
            "display_name": connection.display_name,
            "service": connection.service,
            "type": connection.service,
            "uri": f"{self.base}/connections/{connection.id}",
            "post_favorite": False,
            "post_publish": False,
        }

    def storefront(self, storefront: StorefrontRecord) -> JSON:
        """A track's storefront as stored."""
        return {
            "track_urn": urn("tracks", storefront.track_id),
            "title": storefront.title,
            "type": storefront.type,
            "link": storefront.link,
            "link_title": storefront.link_title,
            "description": storefront.description,
            "image_url": None,
            "price": storefront.price,
        }


def _product(plan: str) -> JSON:
    if plan == "Free":
        return {"id": "free", "name": "Free"}
    return {"id": "creator-pro-unlimited", "name": plan}


def _date_parts(release_date: str | None) -> tuple[int | None, int | None, int | None]:
    parts = (release_date or "").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None, None, None
    return int(parts[0]), int(parts[1]), int(parts[2])
