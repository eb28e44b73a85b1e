// The nodes an edit names, each found by its id through its label's uniqueness constraint; an unknown id gives null.
UNWIND $ids AS id
OPTIONAL CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Article {id: id}) RETURN n
  UNION
  MATCH (n:Quote {id: id}) RETURN n
  UNION
  MATCH (n:Comment {id: id}) RETURN n
  UNION
  MATCH (n:Commenter {id: id}) RETURN n
  UNION
  MATCH (n:IdRule {id: id}) RETURN n
  UNION
  MATCH (n:DuplicateRejection {id: id}) RETURN n
  UNION
  MATCH (n:AffiliationRemoval {id: id}) RETURN n
}
RETURN id, elementId(n) AS element
