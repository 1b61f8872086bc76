"""soundcloud-async."""
