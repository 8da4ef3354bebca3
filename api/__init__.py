"""The HTTP API over the policy-cascades graph (FastAPI); the app is policy_cascades.api.main:app."""

VERSION = "0.1.0"
