# Default-graph triples that no article graph holds (left by an interrupted bulk load).
DELETE { ?s ?p ?o } WHERE {
  ?s ?p ?o
  FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:kg:store>) }
}
