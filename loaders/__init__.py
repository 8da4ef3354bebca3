"""Loaders: policy document text -> typed records (pure parsing; the only I/O is reading files)."""

from policy_cascades.loaders.document import parse_document, read_document
from policy_cascades.loaders.records import Measure, PolicyDocument, Reference, Target

__all__ = ["Measure", "PolicyDocument", "Reference", "Target", "parse_document", "read_document"]
