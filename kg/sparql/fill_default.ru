# The default graph: every triple of every graph, once (Oxigraph's union would repeat a triple
# once per graph holding it, and double counts).
INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }
