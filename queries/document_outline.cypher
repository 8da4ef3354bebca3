// name: document_outline
// A document's sections and measures in reading order, with who leads, supports and answers for each.
// Reading order is the source line, then the outline path (一.1 before 一.2 before 一.10) for
// measures printed on one line. depth is 1 for a top-level section; order counts from 0.
// params: id: str, limit: int = 1000
// example: policy-cascades query document_outline --param id=doc:周政字〔2020〕8号 --param limit=20
MATCH (d:Document {id: $id})
MATCH p = (d)-[:CONTAINS*1..8]->(m:Measure)
WITH m, length(p) AS depth,
     [seg IN split(m.path, '.') |
       [coalesce(toInteger(reduce(s = '', c IN split(seg, '') |
                                  s + CASE WHEN c >= '0' AND c <= '9' THEN c ELSE '' END)), -1),
        seg]] AS key
ORDER BY m.line, key
WITH collect({m: m, depth: depth}) AS outline
UNWIND range(0, size(outline) - 1) AS order
WITH order, outline[order].m AS m, outline[order].depth AS depth
LIMIT $limit
RETURN order, m.id AS id, m.path AS path, m.kind AS kind, depth, m.heading AS heading,
       m.text AS text, m.line AS line, m.deadline AS deadline,
       COLLECT { MATCH (a:Agency)-[:LEADS]->(m) RETURN a.name ORDER BY a.name } AS leads,
       COLLECT { MATCH (a:Agency)-[:SUPPORTS]->(m) RETURN a.name ORDER BY a.name } AS supports,
       COLLECT { MATCH (x)-[:RESPONSIBLE_FOR]->(m) RETURN x.name ORDER BY x.name } AS responsible,
       COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) RETURN t.name ORDER BY t.name } AS themes
ORDER BY order
