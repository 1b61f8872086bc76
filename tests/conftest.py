"""Suite-wide: the fixtures users get from our pytest plugin, enabled the way users do it."""

pytest_plugins = ["soundcloud_async.testing.pytest_plugin"]
