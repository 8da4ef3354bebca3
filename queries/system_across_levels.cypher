// name: system_across_levels
// One functional system (人力资源社会保障, 财政 …) from the national level down to counties: its agencies and their measures.
// One row per agency of the system, national first, then provincial, municipal, county: its
// region, how many measures it leads / supports / answers for, how many of those carry out
// (IMPLEMENTS) a measure that an agency of the same system handles higher up (the system's own
// line of command), and up to `per_agency` of its measures in reading order.
// levels: [] for all, else e.g. ["municipal", "county"].
// params: system: str, levels: list[str] = [], per_agency: int = 20, limit: int = 100
// example: policy-cascades query system_across_levels --param system=人力资源社会保障
MATCH (a:Agency {system: $system})
OPTIONAL MATCH (a)-[:IN]->(place:Region)
WITH a, place
WHERE size($levels) = 0 OR place.level IN $levels
OPTIONAL MATCH (a)-[duty:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(m:Measure)
WITH a, place, m, collect(type(duty)) AS roles
WITH a, place, m, roles,
     EXISTS { (m)-[:IMPLEMENTS]->(:Measure)<-[:LEADS|SUPPORTS|RESPONSIBLE_FOR]-(:Agency {system: $system}) }
       AS in_line
ORDER BY m.doc_id, m.line, m.path
WITH a, place,
     [x IN collect({m: m, roles: roles, in_line: in_line}) WHERE x.m IS NOT NULL] AS duties
RETURN place.level AS level, coalesce(place.name, a.region) AS region, a.id AS id,
       a.name AS agency, a.aliases AS aliases, size(duties) AS count,
       size([x IN duties WHERE 'LEADS' IN x.roles]) AS leads,
       size([x IN duties WHERE 'SUPPORTS' IN x.roles]) AS supports,
       size([x IN duties WHERE 'RESPONSIBLE_FOR' IN x.roles]) AS responsible,
       size([x IN duties WHERE x.in_line]) AS implements_same_system,
       [x IN duties[..$per_agency] | {id: x.m.id, doc_number: x.m.doc_number, path: x.m.path,
                                    heading: x.m.heading, roles: x.roles}] AS measures
ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 WHEN 'municipal' THEN 2
                    WHEN 'county' THEN 3 ELSE 4 END, region, agency
LIMIT $limit
