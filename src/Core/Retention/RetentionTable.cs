namespace EngageBot.Core.Retention;

/// <summary>
/// Where a kind of data lives, written by the table's owner: the table, its key (a column, or columns such as
/// <c>conversation_id, seq</c>), the column holding the row's age (Unix milliseconds), and an optional extra
/// condition (e.g. only delivered rows). These are constants in code, never input.
/// </summary>
public sealed record RetentionTable(string Table, string Key, string AgeColumn, string? Condition = null)
{
    /// <summary>
    /// On SQLite, an integer column that grows with <see cref="AgeColumn"/> (<c>rowid</c>, an id): old rows are then
    /// found through it instead of through an index on the age column, which every insert would have to update.
    /// </summary>
    public string? SqliteOrder { get; init; }

    /// <summary>
    /// The same on PostgreSQL, where only a real column can serve (an id from a sequence): the table then needs no index
    /// on its age column, which every insert of a busy table would update at its right-hand edge (schema 293).
    /// </summary>
    public string? PostgresOrder { get; init; }
}
