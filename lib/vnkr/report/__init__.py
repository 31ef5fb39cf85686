"""Stage 4, report: tables -> labels, headline sentences, figures, HTML pages and the processed CSVs."""
