// Issue 17: the count of a date range's or a publisher's quotes is the sum of their articles' QUOTED_IN degrees less
// the quotes whose status the filter leaves out (an editor's retractions and corrections, few): this index finds them
// without reading every quote (cypher/queries/exploring/README.md).
CREATE INDEX quote_status IF NOT EXISTS FOR (n:Quote) ON (n.status);
