// Template: {{KIND}} is replaced by a node kind from the allow-list in src/graph/node-kind.ts
// (labels cannot be parameters); the code refuses any other value. Rows are already merged
// with what the store held (read in the same transaction), so setting them is idempotent.
UNWIND $nodes AS row
MERGE (n:Node {id: row.id})
SET n:{{KIND}},
    n.kind = row.kind,
    n.name = row.name,
    n.nameEn = row.nameEn,
    n.aliases = row.aliases,
    n.pinyin = row.pinyin,
    n.searchText = row.searchText,
    n.props = row.props,
    n.text = row.text,
    n.evidence = row.evidence
RETURN count(n) AS written
