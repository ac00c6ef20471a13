using System.Data.Common;

namespace EngageBot.Infrastructure;

/// <summary>Small helpers so store code reads as SQL plus parameters, always parameterised.</summary>
public static class DbCommandExtensions
{
    /// <summary>
    /// A command for <paramref name="sql"/>. On SQLite's own connections it is the one kept prepared for that SQL
    /// (disposing it ends the caller's use, not the statement); elsewhere a new one.
    /// </summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        if (connection is Sqlite.KeptConnection kept)
        {
            return kept.Command(sql, transaction);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        Add(command.Parameters, command.CreateParameter(), name, value);
        return command;
    }

    /// <summary>Names <paramref name="parameter"/>, sets its value (null as SQL NULL) and adds it: every binder's one way.</summary>
    internal static void Add(DbParameterCollection parameters, DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
    }

    /// <summary>Appends a statement to <paramref name="batch"/> (PostgreSQL sends a batch in one round trip).</summary>
    public static DbBatchCommand Add(this DbBatch batch, string sql)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        batch.BatchCommands.Add(command);
        return command;
    }

    public static DbBatchCommand With(this DbBatchCommand command, string name, object? value)
    {
        Add(command.Parameters, command.CreateParameter(), name, value);
        return command;
    }

    /// <summary>The column as a string, or null for SQL NULL (the row is already read, so this never blocks).</summary>
    public static string? GetStringOrNull(this DbDataReader reader, int ordinal) => reader.GetValue(ordinal) as string;
}
