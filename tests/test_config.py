"""Settings: frozen, validated, and every refusal names the field, the allowed range and the value."""

from __future__ import annotations

import math
from pathlib import Path

import attrs
import pytest

import crossref
from crossref import ConfigError, Settings

FLOAT_FIELDS = {
    "match_threshold": (0.0, 1.0),
    "cluster_threshold": (0.0, 1.0),
    "name_weight": (0.0, 1.0),
    "attribute_weight": (0.0, 1.0),
    "term_weight": (0.0, 1.0),
    "speaker_weight": (0.0, 1.0),
    "duplicate_threshold": (0.0, 1.0),
}
INT_FIELDS = {"batch_size": (1, 4096), "top_k": (1, 1000), "max_scope_gap_days": (0, 100_000)}


def test_defaults_are_valid_and_frozen():
    s = Settings()
    assert 0 < s.match_threshold < 1 and s.model is None and s.device == "cpu"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.top_k = 3  # type: ignore[misc]


def test_settings_are_keyword_only():
    with pytest.raises(TypeError):
        Settings(None)  # type: ignore[misc]


@pytest.mark.parametrize("field", sorted(FLOAT_FIELDS))
@pytest.mark.parametrize("bad", [-0.01, 1.5, 2, math.nan, math.inf])
def test_float_fields_name_field_range_and_value(field, bad):
    lo, hi = FLOAT_FIELDS[field]
    with pytest.raises(ConfigError) as info:
        Settings(**{field: bad})
    msg = str(info.value)
    assert msg.startswith(field), msg
    assert f"[{lo}, {hi}]" in msg and repr(bad) in msg, msg


@pytest.mark.parametrize("field", sorted(FLOAT_FIELDS))
def test_float_fields_accept_their_bounds(field):
    lo, hi = FLOAT_FIELDS[field]
    assert getattr(Settings(**{field: lo}), field) == lo
    assert getattr(Settings(**{field: hi}), field) == hi


@pytest.mark.parametrize("field", sorted(INT_FIELDS))
@pytest.mark.parametrize("bad", ["out-low", "out-high", 2.5, "10", True, None])
def test_int_fields_name_field_range_and_value(field, bad):
    lo, hi = INT_FIELDS[field]
    value = {"out-low": lo - 1, "out-high": hi + 1}.get(bad, bad) if isinstance(bad, str) else bad
    with pytest.raises(ConfigError) as info:
        Settings(**{field: value})
    msg = str(info.value)
    assert msg.startswith(field) and f"[{lo}, {hi}]" in msg and repr(value) in msg, msg


@pytest.mark.parametrize(
    ("field", "bad", "words"),
    [
        ("device", 3, "string"),
        ("device", "", "string"),
        ("model", 1.0, "string"),
        ("cache_dir", 7, "string"),
        ("skip_bad_files", "yes", "True or False"),
        ("progress", "always", "True, False or None"),
    ],
)
def test_typed_fields_name_field_and_what_is_allowed(field, bad, words):
    with pytest.raises(ConfigError) as info:
        Settings(**{field: bad})
    assert str(info.value).startswith(field) and words in str(info.value)


def test_config_error_is_a_value_error_and_a_crossref_error():
    with pytest.raises(ValueError):
        Settings(top_k=0)
    assert issubclass(ConfigError, crossref.CrossrefError)


def test_cache_dir_accepts_a_path(tmp_path):
    assert Settings(cache_dir=tmp_path).cache_dir == str(tmp_path)
    assert isinstance(Settings(cache_dir=Path("x")).cache_dir, str)


def test_field_names_are_the_cross_reference_options():
    names = Settings.field_names()
    assert names == tuple(a.name for a in attrs.fields(Settings))
    assert {"match_threshold", "top_k", "skip_bad_files"} <= set(names)


def test_cross_reference_refuses_bad_options_before_any_work():
    # no documents needed: options are checked first, and nothing heavy is loaded
    with pytest.raises(ConfigError, match=r"top_k must be in \[1, 1000\], got 0"):
        crossref.cross_reference([], top_k=0)
    with pytest.raises(ConfigError, match="unknown option.*treshold"):
        crossref.cross_reference([], match_treshold=0.5)
    with pytest.raises(ConfigError, match="settings must be a crossref.Settings"):
        crossref.CrossReferencer({"top_k": 3})  # type: ignore[arg-type]
