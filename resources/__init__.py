"""Liaison's files that are not code: fonts (with their licences), document templates and their labels,
interface translations, reference data. Installed as the package ``liaison.assets`` (see ``pyproject.toml``)
and found through :mod:`importlib.resources` by :mod:`liaison.resources`."""
