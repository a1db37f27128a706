#ifndef CSQLITESHIM_H
#define CSQLITESHIM_H

#include <sqlite3.h>

/// Swift cannot call the variadic sqlite3_db_config, so these wrappers fix its arguments.
/// Each returns an SQLite result code.

/// Turns on SQLITE_DBCONFIG_DEFENSIVE: no writes to the schema or shadow tables, even through PRAGMAs.
int onsite_sqlite_enable_defensive(sqlite3 *db);

/// Turns off extension loading through both the C API and the load_extension() SQL function.
int onsite_sqlite_disable_load_extension(sqlite3 *db);

/// Turns off triggers and views' ability to run functions from untrusted schema (SQLITE_DBCONFIG_TRUSTED_SCHEMA = 0).
int onsite_sqlite_distrust_schema(sqlite3 *db);

#endif
