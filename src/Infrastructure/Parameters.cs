using System.Data.Common;

namespace EngageBot.Infrastructure;

/// <summary>
/// Binds named parameters into a command's or a batch command's <see cref="DbParameterCollection"/> alike, so a row's
/// binding is written once for the one-by-one writer (SQLite) and the batch (PostgreSQL). A struct: no allocation.
/// </summary>
public readonly struct Parameters
{
    private readonly DbCommand? _command;
    private readonly DbBatchCommand? _batchCommand;

    private Parameters(DbCommand? command, DbBatchCommand? batchCommand) => (_command, _batchCommand) = (command, batchCommand);

    public static Parameters Of(DbCommand command) => new(command, null);

    public static Parameters Of(DbBatchCommand command) => new(null, command);

    public Parameters With(string name, object? value)
    {
        var parameter = _command?.CreateParameter() ?? _batchCommand!.CreateParameter();
        DbCommandExtensions.Add(_command?.Parameters ?? _batchCommand!.Parameters, parameter, name, value);
        return this;
    }
}
