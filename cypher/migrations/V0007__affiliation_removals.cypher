// Issue 15: an affiliation removed by hand is a rule for later ingests (graph/edit/AffiliationRemovals), found by its
// id by every ingest that writes an affiliation.
CREATE CONSTRAINT affiliation_removal_id IF NOT EXISTS FOR (n:AffiliationRemoval) REQUIRE n.id IS UNIQUE;
