"""Endpoints tagged `oauth`."""
