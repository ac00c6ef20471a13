using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// Which serviceUrl each conversation's stored reference holds, for <see cref="ConversationReferences"/> with one
/// writer: the keys' characters in one buffer and the entries in arrays, so remembering a conversation creates no
/// object. Kept in a dictionary, each entry was a node and strings that lived until the set started over and then
/// died in the oldest generation: on fresh conversations at 1,000 turns/s that was the managed heap's growth in a soak
/// (~6 MB a minute, bench/README.md, "Nineteenth session"). Bounded: when the entries or the buffer are full it
/// starts over, as before. One lock; a turn takes it once or twice.
/// </summary>
internal sealed class WrittenReferences
{
    /// <summary>Longer keys are not remembered (their turns write the reference again, which is only a cost).</summary>
    public const int MaxKeyLength = 512;

    /// <summary>Distinct serviceUrls kept; a conversation at another one is not remembered.</summary>
    public const int MaxServiceUrls = 255;

    private const int AverageKeyLength = 48;

    private readonly Lock _gate = new();
    private readonly int _capacity;
    private readonly int[] _slots; // entry number + 1; 0 = empty
    private readonly int[] _hashes;
    private readonly int[] _starts;
    private readonly short[] _lengths;
    private readonly byte[] _serviceUrls;
    private readonly List<string> _serviceUrlTexts = [];
    private readonly int _maxChars;
    private char[] _chars;
    private int _used;
    private int _count;

    public WrittenReferences(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _slots = new int[(int)Math.Min(1L << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2))];
        _hashes = new int[capacity];
        _starts = new int[capacity];
        _lengths = new short[capacity];
        _serviceUrls = new byte[capacity];
        _maxChars = (int)Math.Clamp((long)capacity * AverageKeyLength, MaxKeyLength, int.MaxValue / 2);
        _chars = new char[Math.Min(_maxChars, 4096)];
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>The serviceUrl remembered for <paramref name="key"/>, or null.</summary>
    public string? Get(ConversationKey key)
    {
        Span<char> text = stackalloc char[MaxKeyLength];
        if (!Compose(key, text, out var length))
        {
            return null;
        }

        var keyText = text[..length];
        var hash = string.GetHashCode(keyText, StringComparison.Ordinal);
        lock (_gate)
        {
            var entry = Find(keyText, hash, out _);
            return entry < 0 ? null : _serviceUrlTexts[_serviceUrls[entry]];
        }
    }

    /// <summary>Remembers <paramref name="serviceUrl"/> for <paramref name="key"/>; full, it forgets everything first.</summary>
    public void Set(ConversationKey key, string serviceUrl)
    {
        Span<char> text = stackalloc char[MaxKeyLength];
        if (!Compose(key, text, out var length))
        {
            return;
        }

        var keyText = text[..length];
        var hash = string.GetHashCode(keyText, StringComparison.Ordinal);
        lock (_gate)
        {
            var url = _serviceUrlTexts.IndexOf(serviceUrl);
            if (url < 0)
            {
                if (_serviceUrlTexts.Count == MaxServiceUrls)
                {
                    var stale = Find(keyText, hash, out _);
                    if (stale >= 0)
                    {
                        Remove(stale); // its reference moved to a serviceUrl not kept: the next turn writes it again
                    }

                    return;
                }

                url = _serviceUrlTexts.Count;
                _serviceUrlTexts.Add(serviceUrl);
            }

            var entry = Find(keyText, hash, out var slot);
            if (entry >= 0)
            {
                _serviceUrls[entry] = (byte)url;
                return;
            }

            if (_count == _capacity || (_used + length > _chars.Length && !Grow(_used + length)))
            {
                ClearLocked();
                if (length > _chars.Length && !Grow(length))
                {
                    return;
                }

                Find(keyText, hash, out slot);
            }

            keyText.CopyTo(_chars.AsSpan(_used));
            _hashes[_count] = hash;
            _starts[_count] = _used;
            _lengths[_count] = (short)length;
            _serviceUrls[_count] = (byte)url;
            _slots[slot] = _count + 1;
            _used += length;
            _count++;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            ClearLocked();
        }
    }

    private void ClearLocked()
    {
        Array.Clear(_slots);
        _count = 0;
        _used = 0;
    }

    /// <summary>The entry holding <paramref name="keyText"/>, or -1 and the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> keyText, int hash, out int slot)
    {
        var mask = _slots.Length - 1;
        slot = hash & mask;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && _chars.AsSpan(_starts[entry], _lengths[entry]).SequenceEqual(keyText))
            {
                return entry;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Forgets one entry: the table is rebuilt without it (rare: only when serviceUrls run out).</summary>
    private void Remove(int removed)
    {
        Array.Clear(_slots);
        var mask = _slots.Length - 1;
        for (var entry = 0; entry < _count; entry++)
        {
            if (entry == removed)
            {
                continue;
            }

            var slot = _hashes[entry] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry + 1;
        }
    }

    private bool Grow(int needed)
    {
        if (needed > _maxChars)
        {
            return false;
        }

        var size = _chars.Length;
        while (size < needed)
        {
            size = (int)Math.Min(_maxChars, (long)size * 2);
        }

        Array.Resize(ref _chars, size);
        return true;
    }

    private static bool Compose(ConversationKey key, Span<char> text, out int length)
    {
        length = key.ChannelId.Length + 1 + key.ConversationId.Length;
        if (length > MaxKeyLength)
        {
            return false;
        }

        key.ChannelId.CopyTo(text);
        text[key.ChannelId.Length] = '/';
        key.ConversationId.CopyTo(text[(key.ChannelId.Length + 1)..]);
        return true;
    }
}
