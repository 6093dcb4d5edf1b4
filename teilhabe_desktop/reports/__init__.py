"""Printable plans as PDF, built with reportlab; Qt-free, reads only core data classes.

- :mod:`person_plan` — "Mein Plan", the person's own plan in plain language.
- :mod:`formal_plan` — the "Gesamtplan" for the file (§ 121 Abs. 4, § 19 SGB IX).
"""
