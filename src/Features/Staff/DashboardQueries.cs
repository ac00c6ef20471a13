using System.Data.Common;
using EngageBot.Features.Handoff;
using EngageBot.Features.Notices;
using EngageBot.Features.SignUps;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Staff;

/// <summary>
/// Counts for the dashboard. Members are the people the bot can reach in one-to-one chats; a conversation is
/// active when its transcript has an entry since <c>since</c>; a notice counts as sent once one delivery went out.
/// Features' figures come through their own stores (sign-ups, notices, hand-off); only the core's conversation
/// tables are read here.
/// </summary>
public sealed class DashboardQueries(IDatabase database, SignUpLists signUps, NoticeStore notices, HandoffStore handoffs)
{
    public async Task<DashboardFigures> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        long members, active;
        await using (var connection = await database.OpenReadAsync(cancellationToken))
        {
            members = await CountAsync(connection,
                "SELECT COUNT(DISTINCT channel_id || '/' || user_id) FROM conversation_references WHERE is_group = 0 AND user_id IS NOT NULL",
                null, cancellationToken);
            active = await CountAsync(connection,
                "SELECT COUNT(DISTINCT conversation_key) FROM transcript WHERE at >= @since", since, cancellationToken);
        }

        return new DashboardFigures(
            members, active, await signUps.PerClubAsync(cancellationToken),
            await notices.CountSentAsync(NoticeKinds.Notice, cancellationToken), await handoffs.CountOpenAsync(cancellationToken));
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
}
