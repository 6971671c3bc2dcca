"""Events: who met whom, when and where. Dates are resolved against the publication date."""
