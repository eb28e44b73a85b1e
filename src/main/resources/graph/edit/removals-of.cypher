// The affiliation removals (graph/edit/AffiliationRemovals) that name one of the given entities, as person or as
// organization: a merge moves them to the entity it keeps.
MATCH (r:AffiliationRemoval) WHERE r.person IN $ids
RETURN r.id AS id
UNION
MATCH (r:AffiliationRemoval) WHERE r.organization IN $ids
RETURN r.id AS id
