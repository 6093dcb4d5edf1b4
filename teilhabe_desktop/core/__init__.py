"""Qt-free domain: data classes, enums and rules. Imports nothing else of this package."""
