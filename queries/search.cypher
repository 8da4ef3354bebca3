// name: search
// Full-text search over measure headings and texts (the CJK-analysed `measure_text` index), best first.
// q is a Lucene query: 稳岗返还 matches its character bigrams (稳岗 岗返 返还), "稳岗返还"
// in double quotes the exact phrase, 稳岗 AND 失业保险 both. levels: [] for all, else e.g.
// ["county"]. The snippet is the text's first 120 characters.
// params: q: str, levels: list[str] = [], limit: int = 20
// example: policy-cascades query search --param q=稳岗返还 --param limit=5
CALL db.index.fulltext.queryNodes('measure_text', $q) YIELD node AS m, score
WHERE size($levels) = 0 OR m.level IN $levels
RETURN m.id AS id, m.level AS level, m.region AS region, m.doc_number AS doc_number,
       m.path AS path, m.heading AS heading, left(m.text, 120) AS snippet, score
ORDER BY score DESC, id
LIMIT $limit
