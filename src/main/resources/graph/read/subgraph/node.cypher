// A node of a subgraph as front ends draw it: what its label is made of, its labels, and, when $counts (a client
// selected one of them), its counts: its
// edges of the news graph's types, {NEWS_TYPES}: never the edit log's TOUCHED links; for a person or an organization
// the quotes it said and the quotes about it: SAID and ABOUT links only ever join a quote, so each count is the
// node's degree of that type, read from the store without visiting the quotes.
n {.id, .name, .title, .handle, .number, text: left(n.text, 81), labels: labels(n),
   degree: CASE WHEN $counts THEN COUNT { (n)-[:{NEWS_TYPES}]-() } END,
   said: CASE WHEN $counts THEN COUNT { (n)-[:SAID]->() } END,
   quotedAbout: CASE WHEN $counts THEN COUNT { (n)<-[:ABOUT]-() } END}
