// A node of a subgraph as front ends draw it: what its label is made of, its labels, and its counts (all its
// edges; for a person or an organization the quotes it said and the quotes about it).
n {.id, .name, .title, .handle, .number, text: left(n.text, 81), labels: labels(n),
   degree: COUNT { (n)--() }, said: COUNT { (n)-[:SAID]->(:Quote) }, quotedAbout: COUNT { (n)<-[:ABOUT]-(:Quote) }}
