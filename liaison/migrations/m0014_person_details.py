"""What requests ask of a person: place of birth, address, sex, languages; and legal persons (companies).

``kind`` is 'natural' or 'legal'; a legal person has its registration number
(``registration_number``) and no date of birth or sex. Erasure blanks every new
field with the others (records/retention.py).
"""


def up(db) -> None:
    for sql in (
        "ALTER TABLE persons ADD COLUMN kind TEXT NOT NULL DEFAULT 'natural' CHECK (kind = 'natural' OR kind = 'legal')",
        "ALTER TABLE persons ADD COLUMN place_of_birth TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE persons ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE persons ADD COLUMN sex TEXT NOT NULL DEFAULT '' "
        "CHECK (sex = '' OR sex = 'female' OR sex = 'male' OR sex = 'other')",
        "ALTER TABLE persons ADD COLUMN languages TEXT NOT NULL DEFAULT '[]'",  # JSON list of ISO 639-1 codes
        "ALTER TABLE persons ADD COLUMN registration_number TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(sql)
