"""Qt item models, one per file, fed by queries in core/."""
