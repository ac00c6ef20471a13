using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// The robot's share: reply streams of a WeCom userid's messages (<c>wecom_aibot_streams</c>, minutes each). The
/// userid is the same for the app and the robot, so a WeCom account (<c>wecom/…</c>) covers both. Deleted on erasure.
/// </summary>
public sealed class AiBotStreamsPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        if (!IsWeCom(subject))
        {
            return [];
        }

        await using var streams = connection.Command(
            """
            SELECT s.chat_id, s.user_id, p.content, s.expires_at FROM wecom_aibot_streams s
            LEFT JOIN wecom_aibot_stream_parts p ON p.stream_id = s.stream_id WHERE s.user_id = @u ORDER BY s.expires_at, p.part
            """).With("@u", subject.UserId);
        return [new("wecomRobotReplies", "企业微信群机器人回复（保留十分钟）", "WeCom robot replies (kept ten minutes)", await PersonalRows.ReadAsync(streams, cancellationToken), "expires_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        if (!IsWeCom(subject))
        {
            return [];
        }

        await using var parts = connection.Command(
            "DELETE FROM wecom_aibot_stream_parts WHERE stream_id IN (SELECT stream_id FROM wecom_aibot_streams WHERE user_id = @u)", transaction)
            .With("@u", subject.UserId);
        await parts.ExecuteNonQueryAsync(cancellationToken);
        await using var streams = connection.Command("DELETE FROM wecom_aibot_streams WHERE user_id = @u", transaction).With("@u", subject.UserId);
        return [new("wecomRobotReplies", await streams.ExecuteNonQueryAsync(cancellationToken), 0)];
    }

    private static bool IsWeCom(DataSubject subject) =>
        subject.Member.ChannelId is WeComActivityMapper.ChannelId; // a userid is a subject on both WeCom channels: answered once
}
