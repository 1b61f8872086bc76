"""Endpoints tagged `miscellaneous`."""
