"""The public surface: everything public is in ``crossref.__all__`` and nothing else is
(after httpx's tests/test_exported_members.py)."""

from __future__ import annotations

import inspect
import types

import crossref


def test_all_matches_the_public_names():
    public = {
        name
        for name, value in vars(crossref).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(crossref.__all__) - {"__version__"} == public
    assert len(crossref.__all__) == len(set(crossref.__all__))
    assert list(crossref.__all__) == sorted(crossref.__all__)


def test_exported_members_come_from_the_package():
    for name in crossref.__all__:
        if name == "__version__":
            assert isinstance(crossref.__version__, str)
            continue
        member = getattr(crossref, name)
        assert member.__module__.startswith("crossref."), name
        assert inspect.getdoc(member), f"{name} has no docstring"


def test_the_one_liner_names_exist():
    for name in (
        "load",
        "cross_reference",
        "CrossReferencer",
        "Settings",
        "Report",
        "extract_claims",
        "extract_values",
    ):
        assert name in crossref.__all__


def test_errors_form_one_hierarchy():
    errors = [getattr(crossref, n) for n in crossref.__all__ if n.endswith("Error")]
    assert crossref.CrossrefError in errors
    for err in errors:
        assert issubclass(err, crossref.CrossrefError)
    assert issubclass(crossref.InputError, ValueError)
    assert issubclass(crossref.DecodeError, crossref.InputError)
    assert issubclass(crossref.ConfigError, ValueError)
    assert issubclass(crossref.ModelError, RuntimeError)
