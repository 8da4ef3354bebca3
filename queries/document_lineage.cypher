// name: document_lineage
// A document's ancestry (what it carries out or cites) and descendants (what carries it out or cites it).
// Follows IMPLEMENTS and CITES between documents up to `depth` hops each way, plus the
// citations made by a document's own measures (one hop). One row per related document:
// direction (ancestor / descendant), distance, the shortest chain of document ids (citing
// first), the relationship types along it, the citing measures' paths, and stub = true for a
// document only cited, not in the corpus (in_corpus = false).
// params: id: str, depth: int = 3, limit: int = 200
// example: policy-cascades query document_lineage --param id=doc:源政发〔2020〕11号
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH p = (d)-[:IMPLEMENTS|CITES*1..6]->(other:Document)
  WHERE length(p) <= $depth
  RETURN 'ancestor' AS direction, other, length(p) AS distance, [n IN nodes(p) | n.id] AS chain,
         [r IN relationships(p) | type(r)] AS relations, [] AS measures
  UNION ALL
  MATCH p = (other:Document)-[:IMPLEMENTS|CITES*1..6]->(d)
  WHERE length(p) <= $depth
  RETURN 'descendant' AS direction, other, length(p) AS distance, [n IN nodes(p) | n.id] AS chain,
         [r IN relationships(p) | type(r)] AS relations, [] AS measures
  UNION ALL
  MATCH (m:Measure {doc_id: d.id})-[:CITES]->(other:Document)
  RETURN 'ancestor' AS direction, other, 1 AS distance, [d.id, other.id] AS chain,
         ['CITES'] AS relations, [m.path] AS measures
  UNION ALL
  MATCH (m:Measure)-[:CITES]->(d)
  MATCH (other:Document {id: m.doc_id})
  RETURN 'descendant' AS direction, other, 1 AS distance, [other.id, d.id] AS chain,
         ['CITES'] AS relations, [m.path] AS measures
}
WITH d, direction, other, distance, chain, relations, measures
WHERE other <> d
ORDER BY distance, chain
WITH direction, other, collect({distance: distance, chain: chain, relations: relations}) AS ways,
     collect(measures) AS cited_from
WITH direction, other, ways[0] AS best,
     reduce(acc = [], ms IN cited_from | acc + [m IN ms WHERE NOT m IN acc]) AS measures
RETURN direction, best.distance AS distance, other.id AS id, other.doc_number AS doc_number,
       other.title AS title, other.level AS level, other.region AS region, other.date AS date,
       NOT coalesce(other.in_corpus, false) AS stub, best.relations AS relations,
       best.chain AS chain, measures
ORDER BY direction, distance, stub, date, id
LIMIT $limit
