"""Extraction stage: documents → commitment, agreement and target records."""
