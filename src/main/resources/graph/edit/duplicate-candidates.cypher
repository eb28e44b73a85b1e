// One page of the pairs of people or organizations that are probably one, best first, by keyset ({KEYSET}, {KEY},
// {ORDER}: DuplicateCandidates.BEST_FIRST). A pair is considered when the two are of one type and share a name or an
// alias, or are people with the same surname and first initial; a bucket of more than $maxGroup entities (a common
// surname) is skipped, as it says little. Each pair is ranked by its reasons: a shared name or alias weighs most, then
// each shared affiliation, the name variant, and each article naming both. Pairs an editor rejected are left out.
// Separators and the rejection id's prefix come as parameters ($hyphen, $space, $rejectionPrefix); the reasons
// are returned as data and worded by DuplicateCandidates.
CALL () {
  MATCH (p:Person)
  WITH p, split(replace(toLower(p.name), $hyphen, $space), $space) AS words
  WHERE size(words) >= 2
  WITH [last(words), left(words[0], 1)] AS bucket, collect(p) AS group
  WHERE 1 < size(group) <= $maxGroup
  UNWIND group AS a
  UNWIND group AS b
  WITH a, b WHERE a.id < b.id
  RETURN a, b
  UNION
  MATCH (e:Entity)
  UNWIND [e.name] + coalesce(e.aliases, []) AS name
  WITH toLower(name) AS name, collect(DISTINCT e) AS group
  WHERE 1 < size(group) <= $maxGroup
  UNWIND group AS a
  UNWIND group AS b
  WITH a, b WHERE a.id < b.id AND (a:Person) = (b:Person)
  RETURN a, b
}
WITH a, b, a.id + $space + b.id AS pair
WHERE NOT EXISTS { (:DuplicateRejection {id: $rejectionPrefix + a.id + $space + b.id}) }
WITH a, b, pair,
     split(replace(toLower(a.name), $hyphen, $space), $space) AS wa, split(replace(toLower(b.name), $hyphen, $space), $space) AS wb,
     [n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) IN [m IN [b.name] + coalesce(b.aliases, []) | toLower(m)]] AS shared,
     [(a)-[:AFFILIATED_WITH]-(o)-[:AFFILIATED_WITH]-(b) | o.name] AS affiliations,
     COUNT { (a)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b) } AS together
WITH a, b, pair, shared, affiliations, together,
     a:Person AND size(wa) >= 2 AND size(wb) >= 2 AND last(wa) = last(wb) AND left(wa[0], 1) = left(wb[0], 1) AS variant
WITH a, b, pair, shared, affiliations, together, variant,
     3.0 * size(shared) + 2.0 * size(affiliations) + CASE WHEN variant THEN 1.0 ELSE 0.0 END + 0.5 * together AS score
WHERE {KEYSET}
RETURN {ids: [a.id, b.id], names: [a.name, b.name], score: score, shared: shared, affiliations: affiliations,
        variant: variant, together: together}
       AS candidate, {KEY} AS key
ORDER BY {ORDER}
LIMIT $limit
