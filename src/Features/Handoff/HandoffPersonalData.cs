using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Handoff;

/// <summary>
/// Hand-off's share: the member's tickets ("转人工"), found by their 1:1 chat or their user id. Erasing deletes them;
/// the messages themselves are the transcript's share.
/// </summary>
public sealed class HandoffPersonalData : IPersonalData
{
    private const string Filter = "conversation_key = @c OR member_id = @u";

    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var tickets = With(connection.Command(
            $"""
            SELECT id, conversation_key, member_id, member_name, status, reason, language, created_at, first_reply_at,
                   last_member_message_at, member_messages, closed_at, closed_by, return_at
            FROM handoff_tickets WHERE {Filter} ORDER BY created_at
            """), subject);
        return [new("handoffTickets", "人工服务工单", "Hand-off tickets", await PersonalRows.ReadAsync(tickets, cancellationToken), "created_at")];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var delete = With(connection.Command($"DELETE FROM handoff_tickets WHERE {Filter}", transaction), subject);
        return [new("handoffTickets", await delete.ExecuteNonQueryAsync(cancellationToken), 0)];
    }

    private static DbCommand With(DbCommand command, DataSubject subject) =>
        command.With("@c", subject.DirectConversation.Format()).With("@u", subject.UserId);
}
