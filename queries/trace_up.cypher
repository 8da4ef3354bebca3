// name: trace_up
// Where a local measure comes from: every measure (and document) it carries out, up to its national origin.
// Going up, a step is an IMPLEMENTS followed along its direction; climbing CONTAINS to the
// measure's sections and document is free, and a chain never ends on one (so a measure reaches
// what its section and its document carry out). A national item reached this way takes one more
// step over the theme bridge of graph/trace.py (六稳.1 稳就业 -> 稳就业 -> 保居民就业 -> 六保.1).
// One row per ancestor, national first, with its shortest chain and that chain's edges
// (basis/score/method); stub = a document only cited, not in the corpus. A chain has at most
// 10 hops, CONTAINS included (a path length cannot be a parameter).
// params: id: str, depth: int = 4, levels: list[str] = [], basis: str = "all", min_score: float = 0.0, limit: int = 200
// example: policy-cascades query trace_up --param id=doc:周政字〔2020〕8号#三.(一).15 --param levels=national
CALL () {  // by id through the id indexes (a match without a label would scan)
  MATCH (n:Measure {id: $id}) RETURN n AS root
  UNION
  MATCH (n:Document {id: $id}) RETURN n AS root
}
MATCH p = (root)((a)-[r:IMPLEMENTS|CONTAINS]-(b)
                 WHERE (type(r) = 'CONTAINS' AND endNode(r) = a)
                    OR (type(r) = 'IMPLEMENTS' AND startNode(r) = a
                        AND (r.basis = 'declared' OR ($basis = 'all' AND coalesce(r.score, 1.0) >= $min_score)))){0,10}(m)
WITH root, p, m, size([x IN relationships(p) WHERE type(x) = 'IMPLEMENTS']) AS steps
WHERE steps <= $depth AND (length(p) = 0 OR type(last(relationships(p))) = 'IMPLEMENTS')
CALL (m, p, steps) {
  WITH m, p, steps WHERE length(p) > 0
  RETURN m AS origin, [] AS tail, [] AS tail_edges, steps AS total
  UNION
  // a national item's theme grew into a newer one (稳就业 -> 保居民就业): the item naming it
  MATCH (m:Measure {source: 'national.json'})-[own_edge:ADDRESSES]->(own:Theme {name: m.heading})
        -[corr:CORRESPONDS_TO]->(newer:Theme)<-[back:ADDRESSES]-(origin:Measure {source: 'national.json'})
  WHERE origin.heading = newer.name AND steps < $depth
  RETURN origin, [own.id, newer.id, origin.id] AS tail,
         [r IN [own_edge, corr, back] | {type: type(r), start: startNode(r).id, end: endNode(r).id,
          basis: r.basis, score: r.score, method: r.method}] AS tail_edges,
         steps + 1 AS total
}
WITH root, origin, total, tail, tail_edges, p
WHERE origin <> root AND (size($levels) = 0 OR origin.level IN $levels)
WITH origin, total, tail, tail_edges, p
ORDER BY total, length(p) + size(tail), [n IN nodes(p) | n.id] + tail  // shortest, then by ids
WITH origin, collect({steps: total, tail: tail, tail_edges: tail_edges, p: p}) AS chains
WITH origin, chains[0] AS best, size(chains) AS paths
RETURN origin.id AS id, labels(origin)[0] AS label, origin.level AS level,
       origin.region AS region, origin.doc_number AS doc_number, origin.path AS path,
       coalesce(origin.heading, origin.title) AS heading, origin.date AS date,
       origin:Document AND NOT coalesce(origin.in_corpus, false) AS stub,
       best.steps AS steps, paths,
       [n IN nodes(best.p) | n.id] + best.tail AS chain,
       [r IN relationships(best.p) |
         {type: type(r), start: startNode(r).id, end: endNode(r).id, basis: r.basis,
          score: r.score, method: r.method}] + best.tail_edges AS edges
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END,
         steps, id
LIMIT $limit
