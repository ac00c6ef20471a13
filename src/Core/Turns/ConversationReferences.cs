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

    // The member the stored row is under: a 1:1 conversation written by another user id (Direct Line's start, then a
    // message with the client's own id) needs a row under that member too, or lookups by the sender find none.
    private static readonly StateProperty<string> StoredMember = new("referenceMember", ProtocolJson.Default.String);
    private readonly WrittenReferences? _written = singleWriter ? new(capacity) : null;

    /// <summary>The reference to write with this turn, or null when the stored one (under this turn's member) is current.</summary>
    public ConversationReferenceRecord? ToWrite(TurnContext context, ConversationKey key, ConversationReference reference)
    {
        var serviceUrl = reference.ServiceUrl ?? string.Empty;
        var member = ReferenceColumns.MemberOf(key, reference);
        if (_written is null)
        {
            if (Stored(context, serviceUrl, member))
            {
                return null;
            }

            context.State.Conversation.Set(StoredServiceUrl, serviceUrl);
            context.State.Conversation.Set(StoredMember, member.UserId);
        }
        else if (_written.Get(key, member) is var written && (written is not null ? written == serviceUrl : Stored(context, serviceUrl, member)))
        {
            if (written is null)
            {
                _written.Set(key, member, serviceUrl); // written by an earlier life of this process, which kept it in the state
            }

            return null;
        }
        else
        {
            // Not kept up to date in the state any more: a stale value there must not be trusted after a restart.
            context.State.Conversation.Remove(StoredServiceUrl);
        }

        return new ConversationReferenceRecord(key, reference);
    }

    /// <summary>After the turn that wrote <paramref name="written"/> committed.</summary>
    public void Committed(ConversationReferenceRecord? written)
    {
        if (written is not null)
        {
            _written?.Set(written.Key, written.Member, written.ServiceUrl ?? string.Empty);
        }
    }

    // A state from before rows were per member holds no member: its conversation writes its row once more.
    private static bool Stored(TurnContext context, string serviceUrl, MemberKey member) =>
        context.State.Conversation.Get(StoredServiceUrl) == serviceUrl && context.State.Conversation.Get(StoredMember) == member.UserId;

    /// <summary>References were deleted outside a turn (a member's data erased): the next turn of each writes its own again.</summary>
    public void ForgetAll() => _written?.Clear();
}
