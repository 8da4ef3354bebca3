// name: trace_down
// Every measure that carries out a directive or a measure, down to `depth` steps, with its path.
// Going down, a step is an IMPLEMENTS followed against its direction (who carries this out?);
// CONTAINS into a document's or measure's parts is free, and a chain never ends on one. From a
// national item the theme bridge of graph/trace.py is one step too (保居民就业 -> 稳就业 ->
// 六稳.1 稳就业), so that measures written under the 2018 六稳 are reached from the 2020 六保.
// One row per descendant, with its shortest chain (node ids), that chain's edges with their
// basis/score/method and the number of chains found. levels: [] for all, else e.g. ["county"];
// basis: "all", or "declared" to follow only IMPLEMENTS that the texts state; min_score:
// inferred links scored below it are not followed (a score is the chance the link is true). A chain has at
// most 10 hops, CONTAINS included (a path length cannot be a parameter).
// params: id: str, depth: int = 4, levels: list[str] = [], basis: str = "all", min_score: float = 0.0, limit: int = 500
// example: policy-cascades query trace_down --param id=doc:中国:政府工作报告#六保.1 --param levels=county,municipal
CALL () {  // by id through the id indexes (a match without a label would scan)
  MATCH (n:Measure {id: $id}) RETURN n AS root
  UNION
  MATCH (n:Document {id: $id}) RETURN n AS root
}
CALL (root) {
  RETURN root AS start, [] AS lead, [] AS lead_edges, 0 AS bridged
  UNION
  // the national item itself or one of its parts, then its theme's older (六稳) counterpart
  MATCH pre = (root)-[:CONTAINS*0..3]->(item:Measure {source: 'national.json'})
  MATCH (item)-[own_edge:ADDRESSES]->(own:Theme {name: item.heading})
        <-[corr:CORRESPONDS_TO]-(older:Theme)<-[back:ADDRESSES]-(start:Measure {source: 'national.json'})
  WHERE start.heading = older.name
  RETURN start, [n IN nodes(pre) | n.id] + [own.id, older.id] AS lead,
         [r IN relationships(pre) + [own_edge, corr, back] |
          {type: type(r), start: startNode(r).id, end: endNode(r).id, basis: r.basis,
           score: r.score, method: r.method}] AS lead_edges,
         1 AS bridged
}
MATCH p = (start)((a)-[r:IMPLEMENTS|CONTAINS]-(b)
                  WHERE (type(r) = 'CONTAINS' AND startNode(r) = a AND b:Measure)
                     OR (type(r) = 'IMPLEMENTS' AND startNode(r) = b
                         AND (r.basis = 'declared' OR ($basis = 'all' AND coalesce(r.score, 1.0) >= $min_score)))){0,10}(m)
WITH root, lead, lead_edges, p, m,
     bridged + size([x IN relationships(p) WHERE type(x) = 'IMPLEMENTS']) AS steps
WHERE steps <= $depth AND m <> root AND (size($levels) = 0 OR m.level IN $levels)
  AND CASE length(p) WHEN 0 THEN bridged = 1 ELSE type(last(relationships(p))) = 'IMPLEMENTS' END
WITH m, steps, lead, lead_edges, p
ORDER BY steps, size(lead) + length(p), lead + [n IN nodes(p) | n.id]  // shortest, then by ids
WITH m, collect({steps: steps, lead: lead, lead_edges: lead_edges, p: p}) AS chains
WITH m, chains[0] AS best, size(chains) AS paths
RETURN m.id AS id, labels(m)[0] AS label, m.level AS level, m.region AS region,
       m.doc_number AS doc_number, m.path AS path, coalesce(m.heading, m.title) AS heading,
       m.date AS date, best.steps AS steps, paths,
       best.lead + [n IN nodes(best.p) | n.id] AS chain,
       best.lead_edges + [r IN relationships(best.p) |
         {type: type(r), start: startNode(r).id, end: endNode(r).id, basis: r.basis,
          score: r.score, method: r.method}] AS edges
ORDER BY steps,
         CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END,
         region, id
LIMIT $limit
