"""HTTP server and dashboard over an accord store (`accord serve`)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "run"]

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def run(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        max_body_bytes: int | None = None, log_level: str = "info") -> None:
    """Serve the store at ``db`` with uvicorn until interrupted."""
    import uvicorn

    from .app import DEFAULT_MAX_BODY

    app = create_app(db, token=token, max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)
