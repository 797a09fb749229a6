"""Settings: every tunable of the pipeline, frozen and validated.

>>> from crossref import Settings
>>> Settings(match_threshold=0.7).match_threshold
0.7
>>> Settings(match_threshold=2)
Traceback (most recent call last):
...
crossref.errors.ConfigError: match_threshold must be in [0.0, 1.0], got 2
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import attrs

from crossref.errors import ConfigError


def _in_range(lo: float, hi: float) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A number in ``[lo, hi]`` (NaN and booleans refused)."""

    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(
                f"{attribute.name} must be a number in [{lo}, {hi}], got {value!r} ({type(value).__name__})"
            )
        if not lo <= value <= hi:  # also refuses NaN
            raise ConfigError(f"{attribute.name} must be in [{lo}, {hi}], got {value!r}")

    return check


def _int_in_range(lo: int, hi: int) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A whole number in ``[lo, hi]`` (floats and booleans refused: ``top_k=2.5`` is a mistake)."""

    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(
                f"{attribute.name} must be an integer in [{lo}, {hi}], got {value!r} ({type(value).__name__})"
            )
        if not lo <= value <= hi:
            raise ConfigError(f"{attribute.name} must be in [{lo}, {hi}], got {value!r}")

    return check


def _str(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{attribute.name} must be a non-empty string, got {value!r}")


def _bool(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigError(f"{attribute.name} must be True or False, got {value!r}")


def _optional_str(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{attribute.name} must be a string or None, got {type(value).__name__}")


def _path_or_none(value: Any) -> Any:
    """``cache_dir`` may be given as a ``pathlib.Path``; it is kept as a string."""
    return os.fspath(value) if isinstance(value, os.PathLike) else value


@attrs.frozen(kw_only=True)
class Settings:
    """How crossref matches, clusters and compares claims.

    Attributes:
        model: a sentence-transformers model name or local path; ``None`` is the
            packaged all-MiniLM-L6-v2 (no download).
        device: ``"cpu"`` or ``"cuda"`` (or any torch device string).
        batch_size: sentences per embedding batch.
        cache_dir: where embeddings are cached on disk (``None``: no cache).
        match_threshold: the lowest pair score (cosine of the claims' frames,
            figures masked, plus the name bonus) for two claims to be linked.
        cluster_threshold: the lowest mean similarity between the members of two
            groups for them to merge into one cluster (guards against chaining).
        top_k: neighbours kept per claim when generating candidate pairs.
        name_weight: how much shared names (fuzzy-matched) add to a pair score.
        attribute_weight: how much it adds to a pair score that both claims state
            a figure of the same kind (a duration; a count of troops).
        term_weight: how much shared content words (rare ones weighing more) add
            to a pair score: the wording the embedding misses.
        speaker_weight: how much it adds to a pair score that both claims are
            attributed to the same speaker, however worded ("a senior US
            official" / "an American official").
        duplicate_threshold: share of a document's sentences that must repeat
            another document's for it to count as a duplicate (not a new source).
        story_overlap: a document that names at least six things and shares less
            than this share of its names with every other document tells another
            story (:mod:`crossref.stories`); its claims are not set against the
            others'.  ``0`` compares every document with every other.
        max_scope_gap_days: two figures dated to times that do not overlap are
            compared only when the middles of those times are at most this many
            days apart ("in 2019" / "in 2020" are not); a dated figure and an
            undated one (the article's own event) at most 14 days, whatever this says.
        skip_bad_files: skip undecodable or binary files (listed in the report)
            instead of stopping.
        progress: show progress bars; ``None`` shows them only on long runs.
    """

    model: str | None = attrs.field(default=None, validator=_optional_str)
    device: str = attrs.field(default="cpu", validator=_str)
    batch_size: int = attrs.field(default=64, validator=_int_in_range(1, 4096))
    cache_dir: str | None = attrs.field(default=None, converter=_path_or_none, validator=_optional_str)
    match_threshold: float = attrs.field(default=0.6, validator=_in_range(0.0, 1.0))
    cluster_threshold: float = attrs.field(default=0.5, validator=_in_range(0.0, 1.0))
    top_k: int = attrs.field(default=10, validator=_int_in_range(1, 1000))
    name_weight: float = attrs.field(default=0.1, validator=_in_range(0.0, 1.0))
    attribute_weight: float = attrs.field(default=0.3, validator=_in_range(0.0, 1.0))
    term_weight: float = attrs.field(default=0.2, validator=_in_range(0.0, 1.0))
    speaker_weight: float = attrs.field(default=0.1, validator=_in_range(0.0, 1.0))
    duplicate_threshold: float = attrs.field(default=0.8, validator=_in_range(0.0, 1.0))
    story_overlap: float = attrs.field(default=0.3, validator=_in_range(0.0, 1.0))
    max_scope_gap_days: int = attrs.field(default=14, validator=_int_in_range(0, 100_000))
    skip_bad_files: bool = attrs.field(default=False, validator=_bool)
    progress: bool | None = attrs.field(default=None)

    @progress.validator
    def _check_progress(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, bool):
            raise ConfigError(f"progress must be True, False or None, got {value!r}")

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The names accepted as keyword arguments by ``cross_reference``."""
        return tuple(a.name for a in attrs.fields(cls))
