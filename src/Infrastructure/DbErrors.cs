using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure;

/// <summary>What a database error means, the same on both engines.</summary>
public static class DbErrors
{
    private const int SqliteConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE

    /// <summary>A unique index refused the write (PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE).</summary>
    public static bool IsUniqueViolation(DbException exception) =>
        exception.SqlState == "23505" || exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };
}
