namespace EngageBot.Core.Turns;

/// <summary>
/// Members this process wrote a 1:1 conversation reference for on their channel (so the file holds one: references are
/// deleted only by a member's erasure, which clears this). Kept as 128-bit hashes, like <see cref="WrittenReferences"/>;
/// bounded: full, it starts over (forgetting only puts a member's next new conversation's reference back in its turn).
/// </summary>
internal sealed class KnownMembers(int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<UInt128> _members = [];

    public bool Contains(string channelId, string userId)
    {
        var hash = Hash(channelId, userId);
        lock (_gate)
        {
            return _members.Contains(hash);
        }
    }

    public void Add(string channelId, string userId)
    {
        var hash = Hash(channelId, userId);
        lock (_gate)
        {
            if (_members.Count == capacity && !_members.Contains(hash))
            {
                _members.Clear();
            }

            _members.Add(hash);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _members.Clear();
        }
    }

    private static UInt128 Hash(string channelId, string userId) => PairHash.Of(channelId, userId);
}
