using System.Globalization;
using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>A member's 1:1 conversation with the bot, as its conversation reference records it.</summary>
public readonly record struct DirectConversation(MemberKey Member, ConversationKey Conversation);

/// <summary>
/// The questions features ask of the core's conversation tables (<c>conversation_references</c>, <c>transcript</c>):
/// who can be reached in a 1:1 chat, and how busy the conversations were. Features ask here and never read those
/// tables themselves, so the core may change them alone.
/// </summary>
public sealed class ConversationDirectory(IDatabase database)
{
    private const int Chunk = 250;

    /// <summary>Up to <paramref name="limit"/> 1:1 conversations with a known user, after <paramref name="after"/> (null: from the start), in (member, key) order.</summary>
    public async Task<IReadOnlyList<DirectConversation>> DirectPageAsync(DirectConversation? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        // A range of the one B-tree's key (member_key, key): SEARCH ... USING PRIMARY KEY ((member_key,key)>(?,?)).
        await using var command = connection.Command(
            """
            SELECT member_key, key FROM conversation_references
            WHERE is_group = 0 AND user_id IS NOT NULL AND (member_key, key) > (@m, @k) ORDER BY member_key, key LIMIT @n
            """)
            .With("@m", after?.Member.Format() ?? string.Empty).With("@k", after?.Conversation.Format() ?? string.Empty).With("@n", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<DirectConversation>(limit);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new DirectConversation(MemberKey.Parse(reader.GetString(0)), ConversationKey.Parse(reader.GetString(1))));
        }

        return page;
    }

    /// <summary>Each member's latest 1:1 conversation, or null where there is none; in the order given.</summary>
    public async Task<IReadOnlyList<ConversationKey?>> LatestDirectAsync(IReadOnlyList<MemberKey> members, CancellationToken cancellationToken)
    {
        var found = new List<ConversationKey?>(members.Count);
        if (members.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT key FROM conversation_references WHERE member_key = @m AND is_group = 0 ORDER BY updated_at DESC LIMIT 1");
        var owner = command.CreateParameter();
        owner.ParameterName = "@m";
        command.Parameters.Add(owner);
        foreach (var member in members)
        {
            owner.Value = member.Format();
            found.Add(await command.ExecuteScalarAsync(cancellationToken) is string key ? ConversationKey.Parse(key) : null);
        }

        return found;
    }

    /// <summary>Those of <paramref name="conversations"/> that are 1:1 conversations with a reference stored under their member.</summary>
    public async Task<IReadOnlySet<DirectConversation>> KnownDirectAsync(IReadOnlyCollection<DirectConversation> conversations, CancellationToken cancellationToken)
    {
        var known = new HashSet<DirectConversation>();
        if (conversations.Count == 0)
        {
            return known;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        foreach (var chunk in conversations.Distinct().Chunk(Chunk))
        {
            // OR'd pairs, each a SEARCH by the primary key ("(member_key, key) IN (VALUES ...)" scans on SQLite).
            var pairs = string.Join(" OR ", chunk.Select((_, i) => $"(member_key = @m{i} AND key = @k{i})"));
            await using var command = connection.Command($"SELECT member_key, key FROM conversation_references WHERE is_group = 0 AND ({pairs})");
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                command.With("@m" + n, chunk[i].Member.Format()).With("@k" + n, chunk[i].Conversation.Format());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                known.Add(new DirectConversation(MemberKey.Parse(reader.GetString(0)), ConversationKey.Parse(reader.GetString(1))));
            }
        }

        return known;
    }

    /// <summary>People the bot can reach in a 1:1 chat (distinct channel and user).</summary>
    public Task<long> CountDirectMembersAsync(CancellationToken cancellationToken) => CountAsync(
        "SELECT COUNT(DISTINCT member_key) FROM conversation_references WHERE is_group = 0 AND user_id IS NOT NULL", null, cancellationToken);

    /// <summary>Conversations in which someone wrote at or after <paramref name="since"/>; the bot's own sends (a
    /// hand-off returning, a reminder) do not make a conversation active.</summary>
    public Task<long> CountActiveAsync(DateTimeOffset since, CancellationToken cancellationToken) => CountAsync(
        "SELECT COUNT(DISTINCT conversation_key) FROM transcript WHERE direction = 'in' AND at >= @since", since, cancellationToken);

    private async Task<long> CountAsync(string sql, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(sql);
        if (since is { } value)
        {
            command.With("@since", value.ToUnixTimeMilliseconds());
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
