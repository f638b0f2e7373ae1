"""A rough strength estimate for the passphrase field, in words.

Advice only: the rule (at least 12 characters) is the core's, and the core's
message is what the officer sees when it refuses. The estimate is deliberately
pessimistic: people pick predictable characters and real words.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from liaison.keyslots import MIN_PASSPHRASE_CHARS

# Bits of entropy credited per dictionary word (a generous guess at a common-word list).
_BITS_PER_WORD = 12.0
_PREDICTABLE = ("password", "passwort", "motdepasse", "123456", "654321", "qwerty", "azerty", "qwertz",
                "abcdef", "letmein", "liaison", "police", "welcome", "000000", "111111")

# English names; shown through QCoreApplication.translate("Strength", ...).
LEVELS = (
    QT_TRANSLATE_NOOP("Strength", "Too short"),
    QT_TRANSLATE_NOOP("Strength", "Weak"),
    QT_TRANSLATE_NOOP("Strength", "Fair"),
    QT_TRANSLATE_NOOP("Strength", "Good"),
    QT_TRANSLATE_NOOP("Strength", "Strong"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Strength", text)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too short) to 4 (strong)
    label: str
    advice: str
    bits: float


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not c.isalnum() and not c.isspace() and ord(c) < 128 for c in text):
        pool += 33
    if any(ord(c) >= 128 for c in text):
        pool += 100
    return max(pool, 1)


def estimate(passphrase: str) -> Strength:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_CHARS:
        left = MIN_PASSPHRASE_CHARS - len(text)
        return Strength(0, "Too short", _tr("Use at least {count} characters ({left} more).").format(
            count=MIN_PASSPHRASE_CHARS, left=left), 0.0)
    # Runs of one character count once; known patterns are taken out.
    collapsed = "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1])
    lowered = collapsed.lower()
    for pattern in _PREDICTABLE:
        lowered = lowered.replace(pattern, pattern[0])
    char_bits = len(lowered) * math.log2(_pool(text)) * 0.5
    words = text.split()
    if len(words) >= 2 and all(w.isalpha() for w in words):
        bits = min(char_bits, len(words) * _BITS_PER_WORD)
    else:
        bits = char_bits
    if len(set(text)) <= 3:
        bits = min(bits, 10.0)
    if bits < 35:
        return Strength(1, "Weak", _tr("Easy to guess. Add more unrelated words."), bits)
    if bits < 50:
        return Strength(2, "Fair", _tr("Acceptable. One or two more unrelated words make it much stronger."), bits)
    if bits < 70:
        return Strength(3, "Good", _tr("Hard to guess."), bits)
    return Strength(4, "Strong", _tr("Very hard to guess."), bits)
