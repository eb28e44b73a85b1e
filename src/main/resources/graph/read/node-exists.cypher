CALL {
  MATCH (n:Article {id: $id}) RETURN n
  UNION MATCH (n:Entity {id: $id}) RETURN n
  UNION MATCH (n:Quote {id: $id}) RETURN n
  UNION MATCH (n:Comment {id: $id}) RETURN n
  UNION MATCH (n:Commenter {id: $id}) RETURN n
}
RETURN n {PROJECTION} AS node
