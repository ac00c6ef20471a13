using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Direct Line's share: the member's 1:1 conversation (its delivery log and the files uploaded in it) and the
/// member's own messages in other conversations' logs (groups). Erasing deletes them; a group's log keeps its other
/// messages, and readers page by sequence number, so the gaps are harmless.
/// </summary>
public sealed class DirectLinePersonalData(IDatabase database) : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var conversations = connection.Command(
            "SELECT conversation_id, is_group, last_seq, created_at FROM dl_conversations WHERE conversation_id = @c")
            .With("@c", subject.DirectConversation.ConversationId);
        await using var activities = With(connection.Command(
            $"SELECT conversation_id, seq, json, at FROM dl_activities WHERE {ActivityFilter} ORDER BY conversation_id, seq"), subject);
        await using var files = connection.Command(
            "SELECT id, conversation_id, content_type, name, content, created_at FROM dl_attachments WHERE conversation_id = @c ORDER BY created_at")
            .With("@c", subject.DirectConversation.ConversationId);
        return
        [
            new("directLineConversations", "会员页聊天会话", "Member page chat", await PersonalRows.ReadAsync(conversations, cancellationToken), "created_at"),
            new("directLineActivities", "会员页及群聊消息", "Member page and group messages", await PersonalRows.ReadAsync(activities, cancellationToken), "at"),
            new("uploads", "上传的文件", "Uploaded files", await PersonalRows.ReadAsync(files, cancellationToken), "created_at"),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        await using var activities = With(connection.Command($"DELETE FROM dl_activities WHERE {ActivityFilter}", transaction), subject);
        var activityRows = await activities.ExecuteNonQueryAsync(cancellationToken);
        await using var files = connection.Command("DELETE FROM dl_attachments WHERE conversation_id = @c", transaction)
            .With("@c", subject.DirectConversation.ConversationId);
        var fileRows = await files.ExecuteNonQueryAsync(cancellationToken);
        await using var conversations = connection.Command("DELETE FROM dl_conversations WHERE conversation_id = @c", transaction)
            .With("@c", subject.DirectConversation.ConversationId);
        var conversationRows = await conversations.ExecuteNonQueryAsync(cancellationToken);
        return
        [
            new("directLineConversations", conversationRows, 0),
            new("directLineActivities", activityRows, 0),
            new("uploads", fileRows, 0),
        ];
    }

    private string ActivityFilter => $"conversation_id = @c OR {PersonalRows.SenderIdSql(database.Provider)} = @u";

    private static DbCommand With(DbCommand command, DataSubject subject) =>
        command.With("@c", subject.DirectConversation.ConversationId).With("@u", subject.UserId);
}
