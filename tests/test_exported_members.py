"""The public API is exactly what ``sitrep.__all__`` lists, sorted."""

import sitrep


def test_all_is_sorted_and_importable():
    assert sitrep.__all__ == sorted(sitrep.__all__)
    for name in sitrep.__all__:
        assert hasattr(sitrep, name), name


def test_public_functions_have_docstrings():
    for name in sitrep.__all__:
        member = getattr(sitrep, name)
        if callable(member):
            assert member.__doc__, f"{name} has no docstring"
