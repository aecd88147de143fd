"""shelterplan: offline-first case planning with an encrypted local store."""

__version__ = "0.1.0"
APP_NAME = "shelterplan"
