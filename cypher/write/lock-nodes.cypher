// Takes the write lock of every node a batch touches before anything is read, creating missing
// ones as bare placeholders (no kind), so concurrent writers of the same nodes merge one after the
// other instead of each overwriting what the other wrote. The caller passes ids in sorted order to
// make deadlocks rare (the driver retries those). Placeholders never outlive the transaction: the
// batch writes them in full, or it is refused and the transaction rolls back.
UNWIND $ids AS id
MERGE (n:Node {id: id})
SET n.locked = true
REMOVE n.locked
RETURN count(n) AS locked
