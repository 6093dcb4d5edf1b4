"""The office's own Wörter-Buch terms (table ``glossary_term``): hard words and their
plain explanation, printed in *Mein Plan* besides the shipped ones."""

from __future__ import annotations

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.sql import Database

MAX_TERM = 80
MAX_EXPLANATION = 2_000


class GlossaryRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def terms(self) -> dict[str, str]:
        """term -> explanation, in alphabetical order."""
        rows = self._db.execute(
            "SELECT term, explanation FROM glossary_term ORDER BY term COLLATE NOCASE"
        ).fetchall()
        return {term: explanation for term, explanation in rows}

    def save(self, term: str, explanation: str) -> None:
        """Add or change a term (the same word in other letter case is the same term)."""
        term = " ".join(term.split())
        explanation = "\n".join(line.strip() for line in explanation.strip().splitlines())
        if not term or not explanation:
            raise UserError("Bitte geben Sie das Wort und seine Erklärung an.")
        if len(term) > MAX_TERM or len(explanation) > MAX_EXPLANATION:
            raise UserError(
                f"Das Wort hat höchstens {MAX_TERM} Zeichen, "
                f"die Erklärung höchstens {MAX_EXPLANATION}."
            )
        with self._db.atomic():
            self._db.execute("DELETE FROM glossary_term WHERE term = ?", [term])
            self._db.execute(
                "INSERT INTO glossary_term (term, explanation) VALUES (?, ?)", [term, explanation]
            )

    def delete(self, term: str) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM glossary_term WHERE term = ?", [term])
