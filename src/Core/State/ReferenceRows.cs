using System.Collections.Concurrent;
using System.Data.Common;
using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>
/// Layout E's rows as both engines write and read them: a reference's columns bound to <see cref="TurnSql.Reference"/>,
/// and a reference built back from the columns a reader selected (<see cref="Columns"/>). Routes are never deleted, so
/// one seen committed needs no insert again; this store's set of them grows by a few entries per deployment.
/// </summary>
public sealed class ReferenceRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, for a reference <c>r</c> joined to its route <c>t</c>.</summary>
    public const string Columns =
        "r.user_id, r.user_name, r.is_group, r.locale, r.conversation_type, r.tenant_id, r.extra, t.service_url, t.bot_id, t.bot_name";

    private readonly ConcurrentDictionary<ReferenceRoute, bool> _committed = new();

    /// <summary>Joined to a reader's query: the references <c>r</c> with their routes <c>t</c>.</summary>
    public const string Routes = "JOIN reference_routes t ON t.id = r.route";

    /// <summary>True when the reference's route needs its insert before the reference (not seen committed yet).</summary>
    public bool NeedsRoute(ConversationReferenceRecord record, out ReferenceColumns columns)
    {
        columns = ReferenceColumns.From(record.Reference);
        return !_committed.ContainsKey(columns.Route);
    }

    /// <summary>After the commit that wrote <paramref name="columns"/>' route.</summary>
    public void Committed(ReferenceColumns columns) => _committed.TryAdd(columns.Route, true);

    public static Parameters BindRoute(Parameters parameters, ReferenceRoute route) =>
        parameters.With("@s", route.ServiceUrl).With("@bi", route.BotId).With("@bn", route.BotName);

    public static Parameters Bind(Parameters parameters, ConversationReferenceRecord record, ReferenceColumns columns, long now) =>
        BindRoute(parameters, columns.Route).With("@m", record.Member.Format()).With("@k", record.Key.Format()).With("@ch", record.Key.ChannelId)
            .With("@u", columns.UserId).With("@un", columns.UserName).With("@g", columns.IsGroup ? 1 : 0).With("@l", columns.Locale)
            .With("@ct", columns.ConversationType).With("@tn", columns.TenantId).With("@x", columns.Extra).With("@t", now);

    /// <summary>The reference from <see cref="Columns"/>, starting at <paramref name="first"/>; null when the join found none.</summary>
    public static Protocol.ConversationReference? Read(DbDataReader reader, int first, ConversationKey key) =>
        reader.IsDBNull(first + 2) ? null : new ReferenceColumns(
            reader.GetStringOrNull(first),
            reader.GetStringOrNull(first + 1),
            new ReferenceRoute(reader.GetString(first + 7), reader.GetString(first + 8), reader.GetString(first + 9)),
            Convert.ToInt64(reader.GetValue(first + 2), System.Globalization.CultureInfo.InvariantCulture) != 0,
            reader.GetStringOrNull(first + 3),
            reader.GetStringOrNull(first + 4),
            reader.GetStringOrNull(first + 5),
            reader.GetStringOrNull(first + 6)).ToReference(key);
}
