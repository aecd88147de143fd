"""Reports on screen: the outcome dashboard for supervisors and administrators."""
