using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>
/// Binding's share: the member's bound WeChat / WeCom accounts (by member number), and for an account itself any web
/// authorisation still in flight (a few minutes at most). Erasing deletes both: the account no longer acts as the member.
/// </summary>
public sealed class BindingPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var bindings = connection.Command(
            "SELECT channel_id, user_id, member_number, bound_at FROM channel_member_bindings WHERE member_number = @n ORDER BY channel_id")
            .With("@n", subject.MemberNumber);
        await using var flows = connection.Command(
            "SELECT channel_id, user_id, expires_at FROM channel_oauth_flows WHERE channel_id = @c AND user_id = @u")
            .With("@c", subject.Member.ChannelId).With("@u", subject.UserId);
        return
        [
            new("channelBindings", "绑定的微信 / 企业微信账号", "Bound WeChat / WeCom accounts", await PersonalRows.ReadAsync(bindings, cancellationToken), "bound_at"),
            new("channelAuthorisations", "进行中的微信授权", "WeChat authorisations in progress", await PersonalRows.ReadAsync(flows, cancellationToken), null),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var bindings = connection.Command(
            "DELETE FROM channel_member_bindings WHERE member_number = @n OR (channel_id = @c AND user_id = @u)", transaction)
            .With("@n", subject.MemberNumber).With("@c", subject.Member.ChannelId).With("@u", subject.UserId);
        var bindingRows = await bindings.ExecuteNonQueryAsync(cancellationToken);
        await using var flows = connection.Command("DELETE FROM channel_oauth_flows WHERE channel_id = @c AND user_id = @u", transaction)
            .With("@c", subject.Member.ChannelId).With("@u", subject.UserId);
        return [new("channelBindings", bindingRows, 0), new("channelAuthorisations", await flows.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}
