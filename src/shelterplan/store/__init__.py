"""The encrypted case store: SQLCipher engine, key slots, schema and migrations."""
