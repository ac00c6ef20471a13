using System.IO.Hashing;
using System.Runtime.InteropServices;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// Which serviceUrl each conversation's stored reference holds, for <see cref="ConversationReferences"/> with one
/// writer, per member the row is stored under (a 1:1 conversation can be written by more than one user id: Direct
/// Line's start and a message with the client's own id). A conversation and member are kept as the 128-bit hash of
/// both and the serviceUrl as one shared copy, so an entry is
/// a few plain words in the dictionary's arrays: kept as strings and nodes, each entry lived until the set started
/// over and then died in the oldest generation (~6 MB a minute of the managed heap's growth in a fresh-conversation
/// soak, bench/README.md, "Nineteenth session"). Bounded: full, it starts over (forgetting only costs a write).
/// </summary>
internal sealed class WrittenReferences(int capacity)
{
    /// <summary>Distinct serviceUrls kept; a conversation at another one is not remembered.</summary>
    public const int MaxServiceUrls = 255;

    private readonly Lock _gate = new();
    private readonly Dictionary<UInt128, string> _entries = [];
    private readonly Dictionary<string, string> _serviceUrls = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The serviceUrl remembered for <paramref name="key"/> under <paramref name="member"/>, or null.</summary>
    public string? Get(ConversationKey key, MemberKey member)
    {
        var hash = Hash(key, member);
        lock (_gate)
        {
            return _entries.GetValueOrDefault(hash);
        }
    }

    /// <summary>Remembers <paramref name="serviceUrl"/> for <paramref name="key"/> under <paramref name="member"/>; full, it forgets everything first.</summary>
    public void Set(ConversationKey key, MemberKey member, string serviceUrl)
    {
        var hash = Hash(key, member);
        lock (_gate)
        {
            if (!_serviceUrls.TryGetValue(serviceUrl, out var shared))
            {
                if (_serviceUrls.Count == MaxServiceUrls)
                {
                    _entries.Remove(hash); // moved to a serviceUrl not kept: its next turn writes the reference again
                    return;
                }

                _serviceUrls.Add(serviceUrl, shared = serviceUrl);
            }

            if (_entries.Count == capacity && !_entries.ContainsKey(hash))
            {
                _entries.Clear();
            }

            _entries[hash] = shared;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    // Channel, id and the member's user id with separators no channel id holds; 128 bits make two rows sharing a hash
    // beyond reach. The member's channel is the conversation's, so its user id is enough.
    private static UInt128 Hash(ConversationKey key, MemberKey member)
    {
        var user = member.UserId;
        var length = key.ChannelId.Length + 1 + key.ConversationId.Length + 1 + user.Length;
        Span<char> text = length <= 256 ? stackalloc char[length] : new char[length];
        key.ChannelId.CopyTo(text);
        text[key.ChannelId.Length] = '/';
        key.ConversationId.CopyTo(text[(key.ChannelId.Length + 1)..]);
        text[key.ChannelId.Length + 1 + key.ConversationId.Length] = '\n';
        user.CopyTo(text[(length - user.Length)..]);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes((ReadOnlySpan<char>)text));
    }
}
