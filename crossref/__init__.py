"""crossref: claim-level fact cross-referencing across news articles.

>>> import crossref
>>> report = crossref.cross_reference(crossref.load("seeds/"))
>>> report.conflicts          # doctest: +SKIP
"""

from crossref import display  # noqa: F401  (crossref.display.plot_matrix etc. after `import crossref`)
from crossref.claims import extract_claims
from crossref.clustering import link_claims
from crossref.compare import compare_cluster, verdict
from crossref.config import Settings
from crossref.documents import Corpus, load, parse_document
from crossref.embed import Embedder, EmbeddingCache, SentenceTransformerEmbedder
from crossref.errors import ConfigError, CrossrefError, DecodeError, InputError, ModelError
from crossref.matching import candidate_pairs, frame_text
from crossref.models import Claim, Cluster, Document, Duplicate, Finding, Skipped, Value
from crossref.pipeline import CrossReferencer, cross_reference
from crossref.report import Items, Report
from crossref.values import extract_values

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Cluster",
    "ConfigError",
    "Corpus",
    "CrossReferencer",
    "CrossrefError",
    "DecodeError",
    "Document",
    "Duplicate",
    "Embedder",
    "EmbeddingCache",
    "Finding",
    "InputError",
    "Items",
    "ModelError",
    "Report",
    "SentenceTransformerEmbedder",
    "Settings",
    "Skipped",
    "Value",
    "__version__",
    "candidate_pairs",
    "compare_cluster",
    "cross_reference",
    "extract_claims",
    "extract_values",
    "frame_text",
    "link_claims",
    "load",
    "parse_document",
    "verdict",
]
