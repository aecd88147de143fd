"""Administrator screens: accounts, backups, agency details."""
