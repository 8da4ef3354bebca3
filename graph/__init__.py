"""The graph: data model, builder, linker, and the two stores (networkx, Neo4j)."""
