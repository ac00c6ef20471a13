using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat.Followers;

/// <summary>The 公众号 channel's follow state of an openid (<c>wechat_follow_state</c>): exported, and deleted on erasure.</summary>
public sealed class FollowStatePersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        await using var rows = connection.Command("SELECT open_id, following, at FROM wechat_follow_state WHERE open_id = @o").With("@o", subject.UserId);
        return [new("wechatFollowState", "是否关注公众号", "Following the WeChat account", await PersonalRows.ReadAsync(rows, cancellationToken), "at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        await using var rows = connection.Command("DELETE FROM wechat_follow_state WHERE open_id = @o", transaction).With("@o", subject.UserId);
        return [new("wechatFollowState", await rows.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}
