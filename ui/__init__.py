"""Liaison's Qt desktop front end. It asks the core and shows the answer."""
