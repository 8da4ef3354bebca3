"""policy-cascades: a knowledge graph of Chinese policy cascades.

One installed namespace. The repository keeps its top-level folders graph/, loaders/, api/ and
queries/ (the design card's layout); policy_cascades/ links them in as subpackages, so they import
as `policy_cascades.graph`, `policy_cascades.loaders`, `policy_cascades.api`,
`policy_cascades.queries`, and nothing else lands at the top level of site-packages.
"""
