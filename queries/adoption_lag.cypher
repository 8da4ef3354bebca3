// name: adoption_lag
// Days from a parent document to each child document that carries it out.
// A child carries out a parent when the child document says so (document IMPLEMENTS, declared)
// or when its measures IMPLEMENTS the parent's measures (measure_links counts them, inferred
// links included). One row per (parent, child) with both dates known, oldest parent first;
// days = child date - parent date (negative: the child came first, a declared link to a later
// document). id: a parent document id, or "" for all; basis: "all", or "declared" for
// document-level links only.
// params: id: str = "", basis: str = "all", limit: int = 200
// example: policy-cascades query adoption_lag --param id=doc:国发〔2020〕6号
CALL () {
  MATCH (child:Document)-[:IMPLEMENTS]->(parent:Document)
  WHERE $id = '' OR parent.id = $id
  RETURN child, parent, true AS declared, 0 AS measure_links
  UNION ALL
  MATCH (cm:Measure)-[:IMPLEMENTS]->(pm:Measure)
  WHERE $basis = 'all' AND ($id = '' OR pm.doc_id = $id) AND cm.doc_id <> pm.doc_id
  WITH cm.doc_id AS child_id, pm.doc_id AS parent_id, count(*) AS links
  MATCH (child:Document {id: child_id})
  MATCH (parent:Document {id: parent_id})
  RETURN child, parent, false AS declared, links AS measure_links
}
WITH child, parent, any(d IN collect(declared) WHERE d) AS declared, sum(measure_links) AS measure_links
WHERE size(coalesce(child.date, '')) = 10 AND size(coalesce(parent.date, '')) = 10
RETURN parent.id AS parent_id, parent.doc_number AS parent_doc_number, parent.title AS parent_title,
       parent.level AS parent_level, parent.region AS parent_region, parent.date AS parent_date,
       child.id AS child_id, child.doc_number AS child_doc_number, child.title AS child_title,
       child.level AS child_level, child.region AS child_region, child.date AS child_date,
       duration.inDays(date(parent.date), date(child.date)).days AS days,
       declared, measure_links
ORDER BY parent_date, parent_id, days, child_id
LIMIT $limit
