using System.Data.Common;
using EngageBot.Features.Knowledge;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>
/// Counts for the dashboard. Members are the people the bot can reach in one-to-one chats; a conversation is
/// active when its transcript has an entry since <c>since</c>; a notice counts as sent once one delivery went out.
/// </summary>
public sealed class DashboardQueries(IDatabase database)
{
    public async Task<DashboardFigures> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        var members = await CountAsync(connection,
            "SELECT COUNT(DISTINCT channel_id || '/' || user_id) FROM conversation_references WHERE is_group = 0 AND user_id IS NOT NULL",
            null, cancellationToken);
        var active = await CountAsync(connection,
            "SELECT COUNT(DISTINCT conversation_key) FROM transcript WHERE at >= @since", since, cancellationToken);
        var notices = await CountAsync(connection,
            "SELECT COUNT(DISTINCT o.notice_id) FROM outbox o JOIN notices n ON n.id = o.notice_id WHERE n.kind = 'notice' AND o.status = 'sent'",
            null, cancellationToken);
        var handoffs = await CountAsync(connection,
            "SELECT COUNT(*) FROM handoff_tickets WHERE closed_at IS NULL", null, cancellationToken);
        return new DashboardFigures(members, active, await SignUpsPerClubAsync(connection, cancellationToken), notices, handoffs);
    }

    private static async Task<long> CountAsync(DbConnection connection, string sql, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        if (since is { } value)
        {
            command.With("@since", value.ToUnixTimeMilliseconds());
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<ClubSignUps>> SignUpsPerClubAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            SELECT a.club_id, MAX(c.name), COUNT(*) FROM signups s
            JOIN activities a ON a.id = s.activity_id LEFT JOIN clubs c ON c.id = a.club_id
            WHERE s.status <> 'cancelled'
            GROUP BY a.club_id ORDER BY COUNT(*) DESC, a.club_id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ClubSignUps>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ClubSignUps(reader.GetStringOrNull(0), reader.GetStringOrNull(1) ?? string.Empty, reader.GetInt64(2)));
        }

        return rows;
    }
}
