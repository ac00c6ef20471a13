using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace EngageBot.Infrastructure.Sqlite;

/// <summary>
/// A SQLite connection that stays open for the life of <see cref="SqliteDatabase"/> (the writer, and the readers of its
/// own pool) and keeps the statements run on it prepared, by SQL text. Microsoft.Data.Sqlite prepares a statement per
/// command and finalises it when the command or the connection closes, so with pooled connections every read parsed
/// and planned its SQL again on every turn (bench/README.md, thirteenth session). Every store gets a command through
/// <see cref="DbCommandExtensions.Command"/>, which asks the connection here first.
/// </summary>
internal sealed class KeptConnection : SqliteConnection
{
    /// <summary>Statements kept per connection; the least recently used one is finalised beyond that.</summary>
    internal const int MaxStatements = 128;

    private readonly Dictionary<string, LinkedListNode<KeptCommand>> _bySql = new(StringComparer.Ordinal);
    private readonly LinkedList<KeptCommand> _recent = new();
    private readonly List<KeptCommand> _loose = [];
    private readonly Action<KeptConnection>? _giveBack;
    private bool _closing;

    /// <param name="connectionString">An unpooled connection string: this object is the pool.</param>
    /// <param name="giveBack">For a reader: what disposing a lease does instead of closing (null for the writer).</param>
    public KeptConnection(string connectionString, Action<KeptConnection>? giveBack)
        : base(connectionString)
    {
        _giveBack = giveBack;
    }

    /// <summary>
    /// The command for <paramref name="sql"/>: the kept one, prepared after its first run, with no parameters yet; or,
    /// while that one is still in use (a reader open on it), a command of its own that closes as usual.
    /// </summary>
    public DbCommand Command(string sql, DbTransaction? transaction)
    {
        if (_giveBack is null)
        {
            SqliteMetrics.Statement(); // the writer's: statements per turn (bench/README.md)
        }

        if (_bySql.TryGetValue(sql, out var node))
        {
            var kept = node.Value;
            if (!kept.InUse)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                kept.Lease((SqliteTransaction?)transaction);
                return kept;
            }

            return Loose(sql, transaction);
        }

        if (_bySql.Count >= MaxStatements)
        {
            var oldest = _recent.Last!;
            if (oldest.Value.InUse)
            {
                return Loose(sql, transaction);
            }

            _recent.RemoveLast();
            _bySql.Remove(oldest.Value.CommandText);
            oldest.Value.Retire();
        }

        var command = new KeptCommand(this, sql, kept: true);
        _bySql[sql] = _recent.AddFirst(command);
        command.Lease((SqliteTransaction?)transaction);
        return command;
    }

    /// <summary>Any other command made on this connection is tracked too, so a lease never goes back with a reader open.</summary>
    public override SqliteCommand CreateCommand()
    {
        var command = new KeptCommand(this, string.Empty, kept: false) { CommandTimeout = DefaultTimeout };
        command.Lease(Transaction);
        return command;
    }

    private KeptCommand Loose(string sql, DbTransaction? transaction)
    {
        var command = new KeptCommand(this, sql, kept: false);
        command.Lease((SqliteTransaction?)transaction);
        return command;
    }

    /// <summary>A reader's other commands are tracked until disposed; the writer never goes back to a pool.</summary>
    internal bool TracksLoose => _giveBack is not null;

    internal void Track(KeptCommand command) => _loose.Add(command);

    internal void Untrack(KeptCommand command) => _loose.Remove(command);

    /// <summary>
    /// Ends what a lease left behind, so the next one starts clean: an open reader would hold a read snapshot (stale
    /// reads, and a WAL that cannot start over), an open transaction would hold locks. False when it cannot be reused.
    /// </summary>
    private bool Settle()
    {
        if (State != System.Data.ConnectionState.Open)
        {
            return false;
        }

        for (var i = _loose.Count - 1; i >= 0; i--)
        {
            _loose[i].Dispose();
        }

        foreach (var kept in _recent)
        {
            if (kept.InUse)
            {
                kept.Dispose();
            }
        }

        if (Transaction is { } open)
        {
            open.Dispose();
        }

        return true;
    }

    /// <summary>Really closes: statements finalised, the file handle released.</summary>
    public void CloseForGood()
    {
        _closing = true;
        Dispose();
    }

    /// <summary>Kept statements are finalised before the handle closes (a handle with live statements would linger).</summary>
    public override void Close()
    {
        foreach (var kept in _recent)
        {
            kept.Retire();
        }

        _recent.Clear();
        _bySql.Clear();
        base.Close();
    }

    /// <summary>A reader's lease ends here: back to the pool, still open, unless it is closing for good.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closing && _giveBack is not null)
        {
            if (Settle())
            {
                _giveBack(this);
                return;
            }

            _closing = true;
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// A command on a <see cref="KeptConnection"/>. A kept one survives its callers' <c>using</c>: disposing it ends their
/// lease (reader closed, parameters cleared) and keeps its prepared statements for the next caller with the same SQL.
/// </summary>
internal sealed class KeptCommand : SqliteCommand
{
    /// <summary>Parameters kept per command beyond a lease (more than any statement here binds).</summary>
    private const int MaxSpare = 16;
    private readonly KeptConnection _owner;
    private readonly bool _kept;
    private bool _retired;
    /// <summary>A kept command's parameters from its last leases, handed out again by <see cref="CreateDbParameter"/>.</summary>
    private readonly Stack<SqliteParameter>? _spare;

    public KeptCommand(KeptConnection owner, string sql, bool kept)
    {
        _owner = owner;
        _kept = kept;
        _spare = kept ? new Stack<SqliteParameter>() : null;
        CommandText = sql;
        Connection = owner;
    }

    public bool InUse { get; private set; }

    /// <summary>A kept command is found by its SQL: changing it would hand the next caller of that SQL another statement.</summary>
    [AllowNull]
    public override string CommandText
    {
        get => base.CommandText;
        set
        {
            if (_kept && base.CommandText.Length != 0 && !string.Equals(value, base.CommandText, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("This command is kept prepared for its SQL; ask the connection for a command for other SQL.");
            }

            base.CommandText = value;
        }
    }

    /// <summary>
    /// A parameter from the last lease when there is one, reset as new: the same statement binds the same parameters
    /// turn after turn (several per statement, every turn), so they need not be made again each time.
    /// </summary>
    protected override DbParameter CreateDbParameter() =>
        _spare is not null && _spare.TryPop(out var spare) ? spare : base.CreateDbParameter();

    public void Lease(SqliteTransaction? transaction)
    {
        InUse = true;
        Transaction = transaction;
        if (!_kept && _owner.TracksLoose)
        {
            _owner.Track(this);
        }
    }

    /// <summary>Finalises the statements (evicted, or the connection closing for good).</summary>
    public void Retire()
    {
        _retired = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            base.Dispose(disposing);
            return;
        }

        if (!_kept || _retired)
        {
            if (InUse && !_kept && _owner.TracksLoose)
            {
                _owner.Untrack(this);
            }

            InUse = false;
            base.Dispose(disposing);
            return;
        }

        // The caller's lease ends; the statement stays prepared. Closing the reader resets the statement, which
        // ends its read transaction (outside an explicit one).
        DataReader?.Dispose();
        DataReader = null;
        KeepParameters();
        Parameters.Clear();
        Transaction = null;
        InUse = false;
    }

    /// <summary>
    /// This lease's parameters, their values let go, for the next lease. Only one still as a new one is (given a name
    /// and a value only, as <see cref="DbCommandExtensions.With"/> does): a size, type or direction set on it would
    /// otherwise carry over to the next caller's value.
    /// </summary>
    private void KeepParameters()
    {
        var parameters = Parameters;
        for (var i = 0; i < parameters.Count && _spare!.Count < MaxSpare; i++)
        {
            var parameter = parameters[i];
            parameter.Value = null;
            if (parameter.Size == Fresh.Size && parameter.DbType == Fresh.DbType && parameter.SqliteType == Fresh.SqliteType
                && parameter.Direction == Fresh.Direction && !parameter.IsNullable && parameter.SourceColumn.Length == 0)
            {
                parameter.ParameterName = string.Empty;
                _spare.Push(parameter);
            }
        }
    }

    /// <summary>What a new parameter reads as, to tell a reusable one by.</summary>
    private static readonly SqliteParameter Fresh = new();
}
