using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The outbox's share: every notice, reminder, sign-up news and queued reply addressed to the member or their 1:1
/// chat, with its delivery status. Erasing keeps the rows, so notices' delivery reports still add up, but strips them
/// of the member (key, address, idempotency key and the message itself); rows not yet sent are skipped, never sent.
/// <c>reference_member</c> is whose chat the row goes to: the member's own, or their bound account's.
/// </summary>
public sealed class OutboxPersonalData : IPersonalData
{
    private const string Filter = "member_key = @k OR reference_key = @c";

    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var rows = With(connection.Command(
            $"""
            SELECT id, kind, subject_id, notice_id, firing_id, member_key, reference_key, reference_member, payload, status, attempts, reason,
                   created_at, updated_at
            FROM outbox WHERE {Filter} ORDER BY id
            """), subject);
        return [new("deliveries", "通知与消息送达记录", "Notice and message deliveries", await PersonalRows.ReadAsync(rows, cancellationToken), "created_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var strip = With(connection.Command(
            $"""
            UPDATE outbox SET member_key = 'erased/' || CAST(id AS TEXT), idempotency_key = 'erased|' || CAST(id AS TEXT),
                reference_key = NULL, reference_member = NULL, reference_json = NULL, payload = NULL, lease_until = NULL,
                reason = CASE WHEN status IN ('pending', 'sending', 'waiting') THEN 'erased' ELSE reason END,
                status = CASE WHEN status IN ('pending', 'sending', 'waiting') THEN 'skipped' ELSE status END,
                updated_at = @t
            WHERE {Filter}
            """, transaction), subject).With("@t", nowUnixMs);
        return [new("deliveries", 0, await strip.ExecuteNonQueryAsync(cancellationToken))];
    }

    private static DbCommand With(DbCommand command, DataSubject subject) =>
        command.With("@k", subject.Member.Format()).With("@c", subject.DirectConversation.Format());
}
