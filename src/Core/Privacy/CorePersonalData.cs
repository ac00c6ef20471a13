using System.Data.Common;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Privacy;

/// <summary>
/// The turn machinery's share: the member's and their 1:1 chat's state documents, the transcript (the whole 1:1
/// chat, and the member's own messages elsewhere), where to reach them (conversation references) and the
/// redelivery marks of their chat.
/// </summary>
public sealed class CorePersonalData(IDatabase database, IStateStore states, ConversationReferences knownReferences) : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        var (userState, chatState) = StateKeysOf(subject);
        await using var state = connection.Command("SELECT key, json, version, updated_at FROM state WHERE key IN (@u, @c) ORDER BY key")
            .With("@u", userState).With("@c", chatState);
        await using var transcript = With(connection.Command(
            $"SELECT id, conversation_key, activity_id, direction, json, at FROM transcript WHERE {TranscriptFilter} ORDER BY id"), subject);
        // The subject's references: all stored under their member (layout E), their direct chat among them.
        await using var references = connection.Command(
            $"""
            SELECT r.key, r.channel_id, r.user_id, r.user_name, r.is_group, r.locale, r.conversation_type, r.tenant_id, t.service_url, r.extra, r.updated_at
            FROM conversation_references r {ReferenceRows.Routes} WHERE r.member_key = @m ORDER BY r.key
            """).With("@m", subject.Member.Format());
        return
        [
            new("state", "会话状态", "Conversation state", await PersonalRows.ReadAsync(state, cancellationToken), "updated_at"),
            new("transcript", "聊天记录", "Chat transcript", await PersonalRows.ReadAsync(transcript, cancellationToken), "at"),
            new("conversationReferences", "联系方式（会话地址）", "Where to reach you", await PersonalRows.ReadAsync(references, cancellationToken), "updated_at"),
        ];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        var (userState, chatState) = StateKeysOf(subject);
        await using var state = connection.Command("DELETE FROM state WHERE key IN (@u, @c)", transaction).With("@u", userState).With("@c", chatState);
        var stateRows = await state.ExecuteNonQueryAsync(cancellationToken);
        await using var transcript = With(connection.Command($"DELETE FROM transcript WHERE {TranscriptFilter}", transaction), subject);
        var transcriptRows = await transcript.ExecuteNonQueryAsync(cancellationToken);
        await using var references = connection.Command("DELETE FROM conversation_references WHERE member_key = @m", transaction).With("@m", subject.Member.Format());
        var referenceRows = await references.ExecuteNonQueryAsync(cancellationToken);
        // '{channel}/{conversation}/{activity id}': compared by prefix with substr (LIKE would take '_' as a wildcard).
        var prefix = subject.DirectConversation.Format() + "/";
        await using var marks = connection.Command("DELETE FROM processed_activities WHERE substr(key, 1, @n) = @p", transaction)
            .With("@n", prefix.Length).With("@p", prefix);
        var markRows = await marks.ExecuteNonQueryAsync(cancellationToken);

        // The SQLite build caches state documents in memory: the erased ones must not outlive their rows.
        if (states is CachingStateStore cache)
        {
            cache.Forget(userState);
            cache.Forget(chatState);
        }

        // The SQLite build remembers which references it wrote: the deleted ones must be written again.
        knownReferences.ForgetAll();

        return
        [
            new("state", stateRows, 0),
            new("transcript", transcriptRows, 0),
            new("conversationReferences", referenceRows, 0),
            new("processedActivities", markRows, 0),
        ];
    }

    private string TranscriptFilter => $"conversation_key = @c OR {PersonalRows.SenderIdSql(database.Provider)} = @u";

    private static DbCommand With(DbCommand command, DataSubject subject) =>
        command.With("@c", subject.DirectConversation.Format()).With("@u", subject.UserId);

    private static (string User, string Chat) StateKeysOf(DataSubject subject) =>
        (StateKeys.User(subject.Member), StateKeys.Conversation(subject.DirectConversation));
}
