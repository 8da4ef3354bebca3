// name: neighbourhood
// A node and its neighbours up to `depth` hops (at most 3) in any direction, for a graph viewer.
// One row: center (the node), nodes (it and up to `limit` neighbours, nearest first, as
// {id, labels, ...properties}), relationships (every relationship among those nodes, as
// {type, start, end, ...properties}), rings (the neighbours' ids by distance: rings[0] at one
// hop) and truncated (true when `limit` cut neighbours off).
// params: id: str, depth: int = 1, limit: int = 100
// example: policy-cascades query neighbourhood --param id=doc:周政字〔2020〕8号#三.(一).15 --param depth=2
CALL () {  // by id through the id indexes (a match without a label would scan)
  MATCH (n:Measure {id: $id}) RETURN n AS center
  UNION
  MATCH (n:Document {id: $id}) RETURN n AS center
  UNION
  MATCH (n:Agency {id: $id}) RETURN n AS center
  UNION
  MATCH (n:Person {id: $id}) RETURN n AS center
  UNION
  MATCH (n:Region {id: $id}) RETURN n AS center
  UNION
  MATCH (n:Theme {id: $id}) RETURN n AS center
}
OPTIONAL MATCH p = SHORTEST 1 (center)--{1,3}(other)
WHERE length(p) <= $depth
WITH center, other, length(p) AS distance
ORDER BY distance, other.id
WITH center, collect({node: other, distance: distance}) AS found
WITH center, found[..$limit] AS kept, size(found) > $limit AS truncated
WITH center, truncated, [x IN kept | x.node] AS neighbours,
     [d IN range(1, $depth) | [x IN kept WHERE x.distance = d | x.node.id]] AS rings
WITH center, truncated, rings, [center] + neighbours AS shown
CALL (shown) {
  UNWIND shown AS a
  MATCH (a)-[r]->(b)
  WHERE b IN shown
  RETURN collect(r) AS relationships
}
RETURN center, shown AS nodes, relationships, [ring IN rings WHERE ring <> []] AS rings, truncated
