"""Cases say which side we are on: ``outgoing`` (we ask) or ``incoming`` (we are asked).

The direction decides who a document is addressed to (the requested or the
requesting State's authority) and how each side's role is named (issuing or
executing authority, requesting or requested, providing or receiving). Existing
cases are outgoing, which is what every document treated them as before.
"""


def up(db) -> None:
    db.execute("ALTER TABLE cases ADD COLUMN direction TEXT NOT NULL DEFAULT 'outgoing' "
               "CHECK (direction = 'outgoing' OR direction = 'incoming')")
