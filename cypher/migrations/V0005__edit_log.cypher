// Issue 15: the edit log (one node per edit, numbered by the one EditLog node) and the id rules merges and
// rejections leave for later ingests.
CREATE CONSTRAINT edit_id IF NOT EXISTS FOR (n:Edit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT edit_log_id IF NOT EXISTS FOR (n:EditLog) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT id_rule_id IF NOT EXISTS FOR (n:IdRule) REQUIRE n.id IS UNIQUE;
CREATE INDEX edit_seq IF NOT EXISTS FOR (n:Edit) ON (n.seq);
CREATE INDEX id_rule_to IF NOT EXISTS FOR (n:IdRule) ON (n.to);
