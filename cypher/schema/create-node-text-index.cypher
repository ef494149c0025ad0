// The cjk analyzer indexes Chinese as overlapping character bigrams, so a phrase query finds any
// substring of two or more characters without a word segmenter.
CREATE FULLTEXT INDEX node_text IF NOT EXISTS
FOR (n:Node) ON EACH [n.name, n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
