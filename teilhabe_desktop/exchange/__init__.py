"""Import and export of catalogue and case data (CSV, JSON, HSDS 3.0). Qt-free."""
