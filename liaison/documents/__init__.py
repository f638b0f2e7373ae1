"""Formal request documents: templates, the resolved document, PDF rendering, the register."""
