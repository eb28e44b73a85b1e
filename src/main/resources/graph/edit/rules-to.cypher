// The id rules that send later ingests to one of the given entities.
MATCH (r:IdRule) WHERE r.to IN $ids
RETURN r.id AS id
