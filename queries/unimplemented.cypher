// name: unimplemented
// Gaps: items of the national, provincial and municipal levels that no measure below carries out, per region.
// An item counts as carried out when a measure IMPLEMENTS it or one of its parts. One row per
// region: its items, how many nobody implements (and their share), and up to `per_region` of
// them in reading order. basis: "all", or "declared" to count only links the texts state.
// params: levels: list[str] = ["national", "provincial", "municipal"], basis: str = "all", per_region: int = 50, limit: int = 50
// example: policy-cascades query unimplemented --param levels=provincial --param per_region=10
MATCH (m:Measure {kind: 'item'})
WHERE m.level IN $levels
WITH m, EXISTS {
  MATCH (m)-[:CONTAINS*0..4]->(:Measure)<-[r:IMPLEMENTS]-(:Measure)
  WHERE $basis = 'all' OR r.basis = 'declared'
} AS implemented
ORDER BY m.doc_id, m.line, m.path
WITH m.region AS region, m.level AS level, count(m) AS items,
     collect(CASE WHEN NOT implemented THEN
       {id: m.id, doc_number: m.doc_number, path: m.path, heading: m.heading} END) AS gaps
RETURN region, level, items, size(gaps) AS unimplemented,
       round(toFloat(size(gaps)) / items, 3) AS share, gaps[..$per_region] AS measures
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END,
         region
LIMIT $limit
