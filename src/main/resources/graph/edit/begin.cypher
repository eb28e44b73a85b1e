// Every edit first takes the next number of the edit log. The log node's lock is held until the edit commits, so
// edits run one at a time: each one reads what the one before it wrote, and the numbers give their order.
MERGE (log:EditLog {id: 'edits'})
SET log.seq = coalesce(log.seq, 0) + 1
RETURN log.seq AS seq
