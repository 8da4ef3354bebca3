// name: theme_coverage
// For each 六保 / 六稳 theme, how many measures address it at each level and in each region.
// One row per (theme, level, region), national first: measures addressing the theme (and the
// documents they are in), of which
// explicit (a heading names the theme, or the section above it does) and inferred (keywords,
// with a score). families: the theme families to count (六保, 六稳, 三促, other);
// basis: "all", "explicit" or "inferred".
// params: families: list[str] = ["六保", "六稳"], basis: str = "all", limit: int = 500
// example: policy-cascades query theme_coverage --param families=六保
MATCH (t:Theme)
WHERE t.family IN $families
MATCH (m:Measure)-[about:ADDRESSES]->(t)
WHERE $basis = 'all' OR about.basis = $basis
WITH t, m.level AS level, m.region AS region, collect(about.basis) AS bases,
     count(DISTINCT m.doc_id) AS documents
RETURN t.family AS family, t.name AS theme, level, region, size(bases) AS measures, documents,
       size([b IN bases WHERE b = 'explicit']) AS explicit,
       size([b IN bases WHERE b = 'inferred']) AS inferred
ORDER BY family, theme,
         CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2 ELSE 3 END,
         region
LIMIT $limit
