"""The local production stack: the caching proxy, app servers and the worker."""
