"""Package data: see the README. This folder ships inside the kg package as kg.queries."""
