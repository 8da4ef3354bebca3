"""Settings for the CLI and the API, from the environment (or .env): NEO4J_URI, NEO4J_USER, ...

Library code never reads these; entry points pass plain values down.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore")

    neo4j_uri: str | None = None  # set it to use Neo4j; unset, the embedded store serves
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    graph_file: Path = Path("var/graph.json.gz")  # the embedded store's saved graph
    cypher_timeout: float = 10.0  # seconds, for POST /cypher
    cypher_row_limit: int = 1000
    cypher_max_bytes: int = 5_000_000  # of JSON rows in one /cypher answer
    cypher_concurrency: int = 4  # /cypher calls at once; more answer 429
    api_key: SecretStr | None = None  # when set, POST /cypher needs the X-API-Key header
    max_body_bytes: int = 1_000_000  # request bodies larger than this answer 413

    @property
    def store(self) -> str:
        return "neo4j" if self.neo4j_uri else "memory"


@lru_cache
def get_settings() -> Settings:
    return Settings()
