using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat.Passive;

/// <summary>
/// The 公众号 channel's share: passive replies kept for WeChat's retries (<c>wechat_passive_replies</c>, a minute each)
/// for a follower's openid. Deleted on erasure.
/// </summary>
public sealed class PassiveRepliesPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        await using var kept = connection.Command("SELECT open_id, msg_id, content, expires_at FROM wechat_passive_replies WHERE open_id = @o ORDER BY msg_id")
            .With("@o", subject.UserId);
        return [new("wechatPassiveReplies", "微信被动回复（保留一分钟）", "WeChat passive replies (kept a minute)", await PersonalRows.ReadAsync(kept, cancellationToken), "expires_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        await using var kept = connection.Command("DELETE FROM wechat_passive_replies WHERE open_id = @o", transaction).With("@o", subject.UserId);
        return [new("wechatPassiveReplies", await kept.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}
