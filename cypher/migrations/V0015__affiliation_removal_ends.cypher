// Issue 15: a merge finds the affiliation removals of the entities it merges by their person and organization, to
// move them to the entity it keeps (graph/edit/removals-of.cypher).
CREATE INDEX affiliation_removal_person IF NOT EXISTS FOR (n:AffiliationRemoval) ON (n.person);
CREATE INDEX affiliation_removal_organization IF NOT EXISTS FOR (n:AffiliationRemoval) ON (n.organization);
