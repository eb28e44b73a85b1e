// Takes the write lock of each node (in the order given: callers sort by id), so that an ingest adding to one of
// them waits until the edit commits, and the snapshot read next is the state the edit changes.
UNWIND $elements AS element
MATCH (n) WHERE elementId(n) = element
SET n.locking = true
REMOVE n.locking
