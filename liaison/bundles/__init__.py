"""Case bundles: one encrypted file holding a whole case, for a colleague who takes
over or a partner agency.

Inside: a plain zip of JSON files and the original files (``manifest.json`` lists
every member with its SHA-256). Outside: ``age`` encryption to a passphrase or to
X25519 recipients, so that a partner without Liaison opens it with ``age`` and
``unzip``. See :mod:`.container` (writing), :mod:`.safety` (reading hostile
input), :mod:`.export` and :mod:`.importer`.
"""
