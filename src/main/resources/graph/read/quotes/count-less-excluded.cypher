// The total of a count-* head (matched: every quote of its anchor, whatever its status) less the quotes among them whose
// status the filter leaves out. Those are found from the quote_status index (only an editor sets a status, so few
// quotes have one), then checked against the head's filters; a quote without a status is EXTRACTED, which the filter
// holds whenever a count-* head is used (QuoteReader.countHead).
CALL (matched) {
  MATCH (q:Quote)-[:QUOTED_IN]->(a:Article)
  USING INDEX q:Quote(status)
  WHERE q.status IS NOT NULL AND NOT q.status IN $statuses
    AND ($publishedFrom IS NULL OR a.publishedAt >= $publishedFrom)
    AND ($publishedTo IS NULL OR a.publishedAt < $publishedTo)
    AND ($publisherIds IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id IN $publisherIds })
    AND ($kinds IS NULL OR q.kind IN $kinds)
    AND ($unnamedSource IS NULL OR (q.unnamedSource IS NOT NULL) = $unnamedSource)
  RETURN count(q) AS excluded
}
RETURN matched - excluded AS total
