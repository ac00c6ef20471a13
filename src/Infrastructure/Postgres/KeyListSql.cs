using System.Data.Common;
using System.Globalization;
using System.Numerics;

namespace EngageBot.Infrastructure.Postgres;

/// <summary>
/// A statement over a list of text keys whose plan PostgreSQL keeps. With the keys as one array
/// (<c>key = ANY($1)</c>) a prepared statement is planned anew on every execution: the generic plan guesses ten
/// elements, so it always looks dearer than a custom plan for the real one or two and <c>plan_cache_mode=auto</c>
/// never settles on it. Here up to <see cref="MaxListed"/> keys go as parameters of their own
/// (<c>key IN ($1, $2)</c>), padded to a power of two by repeating the last key, so there are five statement shapes
/// (prepared once per connection each) and each keeps its generic plan; more keys than that go as the array.
/// </summary>
public sealed class KeyListSql
{
    /// <summary>The most keys listed as separate parameters; more go as one array.</summary>
    public const int MaxListed = 16;

    private static readonly string[] Names = [.. Enumerable.Range(0, MaxListed).Select(i => "@k" + i.ToString(CultureInfo.InvariantCulture))];

    private readonly string[] _listed;
    private readonly string _array;

    /// <param name="sql">
    /// The statement for a key condition: given <c>IN (@k0, @k1)</c> or <c>= ANY(@keys)</c>, e.g.
    /// <c>k =&gt; $"DELETE FROM t WHERE key {k}"</c>. Other parameters must not be named <c>@k</c> + digits or <c>@keys</c>.
    /// </param>
    public KeyListSql(Func<string, string> sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        _listed = [.. Enumerable.Range(0, BitOperations.Log2(MaxListed) + 1).Select(power => sql($"IN ({string.Join(", ", Names.Take(1 << power))})"))];
        _array = sql("= ANY(@keys)");
    }

    /// <summary>The command for <paramref name="keys"/> (at least one), its keys bound; add the other parameters.</summary>
    public DbCommand Command(DbConnection connection, IReadOnlyCollection<string> keys, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count is 0 or > MaxListed)
        {
            return connection.Command(_array, transaction).With("@keys", keys.ToArray());
        }

        var shape = (int)BitOperations.RoundUpToPowerOf2((uint)keys.Count);
        var command = connection.Command(_listed[BitOperations.Log2((uint)shape)], transaction);
        var last = string.Empty;
        var i = 0;
        foreach (var key in keys)
        {
            command.With(Names[i++], last = key);
        }

        for (; i < shape; i++)
        {
            command.With(Names[i], last);
        }

        return command;
    }
}
