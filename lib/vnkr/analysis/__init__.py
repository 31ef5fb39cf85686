"""Stage 3, analysis: records and trade figures -> comparison and goal tables (codes and numbers, no prose)."""
