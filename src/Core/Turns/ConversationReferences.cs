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

        return new ConversationReferenceRecord(key, reference);
    }

    /// <summary>After the turn that wrote <paramref name="written"/> committed.</summary>
    public void Committed(ConversationReferenceRecord? written)
    {
        if (written is not null)
        {
            Remember(written.Key, written.ServiceUrl ?? string.Empty);
        }
    }

    /// <summary>References were deleted outside a turn (a member's data erased): the next turn of each writes its own again.</summary>
    public void ForgetAll() => _written?.Clear();

    // Bounded: full, it starts over (forgetting only costs each conversation one more write).
    private void Remember(ConversationKey key, string serviceUrl) => _written?.Set(key, serviceUrl);
}
