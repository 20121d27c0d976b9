"""Qt item models over the library: the case list and one table model per item kind."""
