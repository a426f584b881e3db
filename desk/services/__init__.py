"""Services: use cases, one unit of work per call, returning frozen dataclasses."""
