// Template: {{TYPE}} is replaced by a relation type from the allow-list in src/graph/relation-type.ts.
// A relationship index is per type; an edge id begins with its type, so a write finds the stored
// edges it touches by index seeks instead of scanning every relationship.
CREATE INDEX edge_id_{{TYPE}} IF NOT EXISTS
FOR ()-[r:{{TYPE}}]-() ON (r.id)
