// name: relay_fidelity
// How faithfully each county relays each directive: its measures' IMPLEMENTS links to that document, by how much they copy.
// One row per (child region, parent document), over the measure-to-measure IMPLEMENTS edges:
// how many, the mean verbatim_share (the share of the child's text aligned with the parent's)
// and mean score, how many the linker classed copy / adapt / new (graph/link/reinvention.py),
// and how many the texts declare. levels: the child regions' levels (["county"]; [] for all);
// id: a parent document id, or "" for all; basis: "all" or "declared".
// params: levels: list[str] = ["county"], id: str = "", basis: str = "all", limit: int = 200
// example: policy-cascades query relay_fidelity --param levels=county,municipal
MATCH (child:Measure)-[r:IMPLEMENTS]->(parent:Measure)
WHERE (size($levels) = 0 OR child.level IN $levels)
  AND ($id = '' OR parent.doc_id = $id)
  AND ($basis = 'all' OR r.basis = 'declared')
WITH child.region AS region, child.level AS level, parent.doc_id AS directive, r
WITH region, level, directive, count(r) AS links,
     avg(r.verbatim_share) AS verbatim, avg(r.score) AS score,
     count(CASE WHEN r.reinvention = 'copy' THEN 1 END) AS copy,
     count(CASE WHEN r.reinvention = 'adapt' THEN 1 END) AS adapt,
     count(CASE WHEN r.reinvention = 'new' THEN 1 END) AS new,
     count(CASE WHEN r.basis = 'declared' THEN 1 END) AS declared
MATCH (d:Document {id: directive})
RETURN region, level, directive AS document_id, d.doc_number AS doc_number, d.title AS title,
       d.level AS document_level, d.region AS document_region, d.date AS document_date, links,
       round(verbatim, 3) AS avg_verbatim_share, round(score, 3) AS avg_score,
       copy, adapt, new, declared
ORDER BY region, links DESC, document_id
LIMIT $limit
