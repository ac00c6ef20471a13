using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>Notices' share: the member's choice about notices (退订通知). What was sent to them is the outbox's share.</summary>
public sealed class NoticesPersonalData : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var subscriptions = connection.Command("SELECT member_key, subscribed, updated_at FROM notice_subscriptions WHERE member_key = @k")
            .With("@k", subject.Member.Format());
        return [new("noticeSubscriptions", "通知订阅", "Notice subscription", await PersonalRows.ReadAsync(subscriptions, cancellationToken), "updated_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var delete = connection.Command("DELETE FROM notice_subscriptions WHERE member_key = @k", transaction).With("@k", subject.Member.Format());
        return [new("noticeSubscriptions", await delete.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}
