// name: agency_workload
// The measures an agency leads, supports or answers for, grouped by the theme each addresses.
// One row per theme (theme null: measures that address none), the busiest first: how many
// measures, how many in each role, and the measures themselves (roles: LEADS / SUPPORTS /
// RESPONSIBLE_FOR; basis: how the theme was found, explicit heading or inferred). A measure
// under two themes counts under each. basis: "all", or "explicit" for heading-named themes only.
// params: id: str, basis: str = "all", limit: int = 50
// example: policy-cascades query agency_workload --param id=agency:周村区:区人力资源社会保障局
MATCH (a:Agency {id: $id})-[duty:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(m:Measure)
WITH m, collect(DISTINCT type(duty)) AS roles
OPTIONAL MATCH (m)-[about:ADDRESSES]->(t:Theme)
  WHERE $basis = 'all' OR about.basis = $basis
WITH t, m, roles, about
ORDER BY m.doc_id, m.line, m.path
WITH t, collect({id: m.id, doc_number: m.doc_number, path: m.path, heading: m.heading,
                 roles: roles, basis: about.basis, score: about.score}) AS measures
RETURN t.name AS theme, t.family AS family, size(measures) AS count,
       size([x IN measures WHERE 'LEADS' IN x.roles]) AS leads,
       size([x IN measures WHERE 'SUPPORTS' IN x.roles]) AS supports,
       size([x IN measures WHERE 'RESPONSIBLE_FOR' IN x.roles]) AS responsible,
       measures
ORDER BY count DESC, theme
LIMIT $limit
