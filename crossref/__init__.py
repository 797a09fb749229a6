"""crossref: claim-level fact cross-referencing across news articles."""

from crossref.errors import ConfigError, CrossrefError, DecodeError, InputError, ModelError
from crossref.models import Claim, Cluster, Document, Duplicate, Finding, Skipped, Value

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Cluster",
    "ConfigError",
    "CrossrefError",
    "DecodeError",
    "Document",
    "Duplicate",
    "Finding",
    "InputError",
    "ModelError",
    "Skipped",
    "Value",
    "__version__",
]
