# The API: `policy-cascades serve` on port 8000. docker-compose.yml runs it beside Neo4j 5.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Only what `pip install .` needs (pyproject.toml lists the packages; policy_cascades/ links the
# folders below in as its subpackages).
COPY pyproject.toml README.md ./
COPY policy_cascades/ policy_cascades/
COPY loaders/ loaders/
COPY graph/ graph/
COPY api/ api/
COPY queries/ queries/
COPY browser/ browser/
RUN pip install . \
    && useradd --system --create-home --uid 10001 app \
    && mkdir -p /app/var && chown app /app/var
USER app

# NEO4J_PASSWORD comes from the environment at run time, never from the image.
ENV NEO4J_URI=bolt://neo4j:7687 \
    NEO4J_USER=neo4j \
    NEO4J_DATABASE=neo4j
EXPOSE 8000
CMD ["policy-cascades", "serve", "--host", "0.0.0.0", "--port", "8000"]
