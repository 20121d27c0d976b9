"""Folding text for comparison."""

from __future__ import annotations

from casefile.folding import fold, name_key


def test_fold_sets_accents_and_case_aside_and_keeps_one_character_per_letter() -> None:
    assert fold("IBÁÑEZ Peña") == "ibanez pena"
    assert len(fold("Díaz-Canel, Bogotá")) == len("Díaz-Canel, Bogotá")


def test_name_key_drops_spaces_and_punctuation() -> None:
    assert name_key("El País") == name_key("elpais") == "elpais"
    assert name_key(None) == ""
