using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>
/// Notices' share: the member's choice about notices (退订通知) and their receipts (确认收到). What was sent to them is
/// the outbox's share.
/// </summary>
public sealed class NoticesPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var subscriptions = connection.Command("SELECT member_key, subscribed, updated_at FROM notice_subscriptions WHERE member_key = @k")
            .With("@k", subject.Member.Format());
        var subscription = new PersonalDataSet("noticeSubscriptions", "通知订阅", "Notice subscription", await PersonalRows.ReadAsync(subscriptions, cancellationToken), "updated_at");
        await using var receipts = connection.Command("SELECT notice_id, confirmed_at, via FROM notice_receipts WHERE member_key = @k ORDER BY confirmed_at")
            .With("@k", subject.Member.Format());
        return [subscription, new("noticeReceipts", "通知确认回执", "Notice receipts", await PersonalRows.ReadAsync(receipts, cancellationToken), "confirmed_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var delete = connection.Command("DELETE FROM notice_subscriptions WHERE member_key = @k", transaction).With("@k", subject.Member.Format());
        var subscriptions = await delete.ExecuteNonQueryAsync(cancellationToken);
        await using var receipts = connection.Command("DELETE FROM notice_receipts WHERE member_key = @k", transaction).With("@k", subject.Member.Format());
        return [new("noticeSubscriptions", subscriptions, 0), new("noticeReceipts", await receipts.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}
