using System.Globalization;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat.Followers;

/// <summary>
/// The <c>wechat_follow_state</c> table: the last subscribe/unsubscribe event of each openid, by its CreateTime, so a
/// retried or late event never undoes a newer one. An openid with no row follows (it wrote, or was bound, before this
/// was kept). The binding to a member stays when a follower unsubscribes: following again is enough to be reached again.
/// </summary>
public sealed class FollowState(IDatabase database)
{
    /// <summary>Records a subscribe or unsubscribe event; anything else is ignored.</summary>
    public Task RecordAsync(CallbackFields fields, CancellationToken cancellationToken)
    {
        var following = fields["MsgType"] == "event" ? fields["Event"] switch { "subscribe" => 1, "unsubscribe" => 0, _ => -1 } : -1;
        if (following < 0 || fields["FromUserName"] is not { Length: > 0 } openId
            || !long.TryParse(fields["CreateTime"], NumberStyles.None, CultureInfo.InvariantCulture, out var at))
        {
            return Task.CompletedTask;
        }

        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var save = connection.Command(
                """
                INSERT INTO wechat_follow_state (open_id, following, at) VALUES (@o, @f, @at)
                ON CONFLICT (open_id) DO UPDATE SET following = excluded.following, at = excluded.at
                WHERE wechat_follow_state.at <= excluded.at
                """, transaction)
                .With("@o", openId).With("@f", following).With("@at", at * 1000);
            return await save.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>True when the follower's last event was an unsubscribe.</summary>
    public async Task<bool> UnfollowedAsync(string openId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command("SELECT following FROM wechat_follow_state WHERE open_id = @o").With("@o", openId);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull && Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0;
    }
}
