using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// Decides when a turn writes its conversation's reference: when the conversation is new or its serviceUrl moved.
/// With several writers (PostgreSQL instances) what was written is kept in the conversation's state, which all of them
/// read. With one (this process, on its SQLite file) it is remembered here instead, so a new conversation's first turn
/// writes the reference alone and no state row that only says so (62 vs 39 KiB written per turn, bench/README.md).
/// </summary>
public sealed class ConversationReferences(bool singleWriter, int capacity = ConversationReferences.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;

    private static readonly StateProperty<string> StoredServiceUrl = new("referenceServiceUrl", ProtocolJson.Default.String);
    private readonly WrittenReferences? _written = singleWriter ? new(capacity) : null;
    private readonly KnownMembers? _members = singleWriter ? new(capacity) : null;

    /// <summary>The reference to write with this turn, or null when the stored one is current.</summary>
    public ConversationReferenceRecord? ToWrite(TurnContext context, ConversationKey key, ConversationReference reference)
    {
        var serviceUrl = reference.ServiceUrl ?? string.Empty;
        if (_written is null)
        {
            if (context.State.Conversation.Get(StoredServiceUrl) == serviceUrl)
            {
                return null;
            }

            context.State.Conversation.Set(StoredServiceUrl, serviceUrl);
        }
        else if (_written.Get(key) is var written && (written is not null ? written == serviceUrl : context.State.Conversation.Get(StoredServiceUrl) == serviceUrl))
        {
            if (written is null)
            {
                Remember(key, serviceUrl); // written by an earlier life of this process, which kept it in the state
            }

            return null;
        }
        else
        {
            // Not kept up to date in the state any more: a stale value there must not be trusted after a restart.
            context.State.Conversation.Remove(StoredServiceUrl);
        }

        var isGroup = reference.Conversation.IsGroup == true;
        return new ConversationReferenceRecord(
            key, isGroup ? null : reference.User?.Id, reference.ServiceUrl, isGroup, JsonSerializer.Serialize(reference, ProtocolJson.Default.ConversationReference));
    }

    /// <summary>
    /// Whether <paramref name="record"/> may be written after its turn, in a later batch (<see cref="DeferredReferences"/>):
    /// with one writer, a 1:1 conversation whose reference this process has not written, of a member it wrote another 1:1
    /// reference for on that channel, in a turn that keeps nothing to reach by this conversation's key. A crash before
    /// the batch leaves the member reachable at that other conversation, and this conversation's next turn writes its own.
    /// </summary>
    public bool MayDefer(ConversationReferenceRecord? record, TurnContext context) =>
        record is { IsGroup: false, UserId: { } userId } && _members is not null && !context.KeepsConversationReference
        && _written!.Get(record.Key) is null && _members.Contains(record.Key.ChannelId, userId);

    /// <summary>After the turn that wrote <paramref name="written"/> committed.</summary>
    public void Committed(ConversationReferenceRecord? written)
    {
        if (written is not null)
        {
            Remember(written.Key, written.ServiceUrl ?? string.Empty);
            if (written is { IsGroup: false, UserId: { } userId })
            {
                _members?.Add(written.Key.ChannelId, userId);
            }
        }
    }

    /// <summary><paramref name="record"/> is queued for a later batch: its conversation's next turns need not write it.</summary>
    public void Deferred(ConversationReferenceRecord record) => Remember(record.Key, record.ServiceUrl ?? string.Empty);

    /// <summary>A queued reference was not written (its member's references were erased, or the batch failed): its next turn writes it.</summary>
    public void Dropped(ConversationReferenceRecord record) => _written?.Remove(record.Key);

    /// <summary>References were deleted outside a turn (a member's data erased): the next turn of each writes its own again.</summary>
    public void ForgetAll()
    {
        _written?.Clear();
        _members?.Clear();
    }

    // Bounded: full, it starts over (forgetting only costs each conversation one more write).
    private void Remember(ConversationKey key, string serviceUrl) => _written?.Set(key, serviceUrl);
}
