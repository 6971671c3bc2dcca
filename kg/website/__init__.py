"""Linked-data publishing: a static site with a page per resource, in HTML, Turtle and JSON-LD."""
