"""Entity extraction: the people, places and organizations an article mentions."""
