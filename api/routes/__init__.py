"""One APIRouter per topic: documents, measures, agencies, regions, themes, trace, search,
graph, stats (and health), cypher."""
