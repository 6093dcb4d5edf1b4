"""The only place with SQL: connections, migrations and one repository per aggregate."""
