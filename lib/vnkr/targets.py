"""(stub: being written)."""
