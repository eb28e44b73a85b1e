// One page of the review queue, by keyset (ReviewQueue.QUEUE_ORDER). The first placeholder below is replaced by
// review/items.cypher; the projection placeholder by the properties the request selected on each item's node.
{ITEMS}
WHERE {KEYSET}
RETURN rank, CASE WHEN n:Quote THEN confidence END AS quoteConfidence, n {PROJECTION} AS node, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
