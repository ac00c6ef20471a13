using EngageBot.Core.State;
using System.Runtime.CompilerServices;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Notices;

/// <summary>
/// Members the service can reach on its own: everyone with a stored 1:1 conversation reference (anyone who has
/// talked to the bot on any channel), paged by key; and the lookup of one member's conversation.
/// </summary>
public sealed class ReachableMembers(IDatabase database)
{
    public const int PageSize = 1000;

    public async IAsyncEnumerable<IReadOnlyList<AudienceMember>> StreamAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = string.Empty;
        while (true)
        {
            var page = new List<AudienceMember>(PageSize);
            await using (var connection = await database.OpenReadAsync(cancellationToken))
            {
                await using var command = connection.Command(
                    "SELECT channel_id, conversation_id, user_id FROM conversation_references WHERE is_group = 0 AND user_id IS NOT NULL AND key > @after ORDER BY key LIMIT @n")
                    .With("@after", after).With("@n", PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var channelId = reader.GetString(0);
                    page.Add(new AudienceMember(new MemberKey(channelId, reader.GetString(2)), new ConversationKey(channelId, reader.GetString(1))));
                }
            }

            if (page.Count == 0)
            {
                yield break;
            }

            yield return page;
            after = page[^1].Conversation!.Value.Format();
        }
    }

    /// <summary>Fills in each member's latest 1:1 conversation where the source did not give one.</summary>
    public async Task<IReadOnlyList<AudienceMember>> ResolveAsync(IReadOnlyList<AudienceMember> members, CancellationToken cancellationToken)
    {
        if (members.All(m => m.Conversation is not null))
        {
            return members;
        }

        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT key FROM conversation_references WHERE channel_id = @c AND user_id = @u AND is_group = 0 ORDER BY updated_at DESC LIMIT 1");
        var channel = command.CreateParameter();
        channel.ParameterName = "@c";
        var user = command.CreateParameter();
        user.ParameterName = "@u";
        command.Parameters.Add(channel);
        command.Parameters.Add(user);
        var resolved = new List<AudienceMember>(members.Count);
        foreach (var member in members)
        {
            if (member.Conversation is not null)
            {
                resolved.Add(member);
                continue;
            }

            channel.Value = member.Member.ChannelId;
            user.Value = member.Member.UserId;
            var found = await command.ExecuteScalarAsync(cancellationToken) as string;
            resolved.Add(member with { Conversation = found is null ? null : ConversationKey.Parse(found) });
        }

        return resolved;
    }
}
