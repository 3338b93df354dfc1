"""Serve: the HTTP API and web pages over the same Python API as the CLI (``sitrep serve``)."""

from sitrep.serve.app import create_app

__all__ = ["create_app"]
