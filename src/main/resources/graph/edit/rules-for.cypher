// The rules for the entity ids an article would write (each as its rule's id): to the id the entity was merged
// into (or retyped as), or to nothing when editors said the name is not an entity.
UNWIND $ruleIds AS ruleId
MATCH (r:IdRule {id: ruleId})
RETURN r.from AS id, r.to AS to
