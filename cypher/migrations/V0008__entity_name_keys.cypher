// Name filters (people/organizations filter: nameStartsWith, nameContains, alias) read nameKeys, the keys of an
// entity's name and aliases between newlines (graph/NameKeys), through this index: a TEXT index answers both
// CONTAINS "\nvlad" (a prefix of any key) and CONTAINS "lad" (a part) by an index seek, not a label scan.
// The keys of stored entities are written by the next step (V0009, Java: Cypher cannot drop accents).
CREATE TEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON (n.nameKeys);
// unnamedSources reads the quotes that have an unnamed source from this index, not from a scan of every quote.
CREATE INDEX quote_unnamed_source IF NOT EXISTS FOR (n:Quote) ON (n.unnamedSource);
