"""The graph: data model, builder, linker, and the two stores (embedded in memory, Neo4j)."""
