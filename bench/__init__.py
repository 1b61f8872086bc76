"""Benchmarks of soundcloud_async against raw httpx, run by `make bench` (`python -m bench`).

Every number is a ratio against a raw-httpx baseline measured in the same run, in interleaved
rounds, so drift on a noisy or shared machine hits both sides alike.
"""
