using System.Globalization;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// jieba's prefix table (every word with its frequency, every word's beginnings at 0) read from its <c>dict.txt</c> the way
/// jieba.NET's <c>WordDictionary</c> reads it, kept compact: the keys in one character buffer and an open-addressing table
/// of entry numbers. jieba's own table is a dictionary of ~400,000 strings, about half the service's live heap; this
/// holds the same entries in a fraction of it. Written only while it loads; lookups by span take no lock.
/// </summary>
internal sealed class WordTable
{
    private char[] _chars = new char[1 << 21];
    private int _used;
    private int[] _start = new int[1 << 19];
    private int[] _count = new int[1 << 19];
    private bool[] _noun = new bool[1 << 19];
    private int _entries;
    private int[] _slots = new int[1 << 16]; // entry number + 1; 0 = empty. Grown to keep it at most half full: 2^20 slots for jieba's ~500,000 entries

    private WordTable()
    {
    }

    /// <summary>The sum of the words' frequencies (jieba's <c>Total</c>).</summary>
    public double Total { get; private set; }

    /// <summary>Reads jieba's dictionary file, then adds <paramref name="words"/> at <paramref name="frequency"/> as jieba's <c>AddWord</c> does.</summary>
    public static WordTable Load(string path, IEnumerable<string> words, int frequency)
    {
        var table = new WordTable();
        foreach (var line in File.ReadLines(path))
        {
            var tokens = line.Split(' ');
            if (tokens.Length >= 2)
            {
                var count = int.Parse(tokens[1], CultureInfo.InvariantCulture);
                table.Set(tokens[0], count);
                table.Total += count;
                if (tokens.Length >= 3 && NounTag(tokens[2]))
                {
                    table._noun[table._slots[table.Find(tokens[0])] - 1] = true; // just set: the word is there
                }
            }
        }

        foreach (var word in words)
        {
            if (table.TryGetValue(word, out var old) && old > 0)
            {
                table.Total -= old;
            }

            table.Set(word, frequency);
            table.Total += frequency;
        }

        Array.Resize(ref table._chars, table._used); // loaded: nothing is added after
        Array.Resize(ref table._start, table._entries);
        Array.Resize(ref table._count, table._entries);
        Array.Resize(ref table._noun, table._entries);
        return table;
    }

    /// <summary>jieba's part-of-speech tag names a thing: a noun of any kind (n, nr, ns, nt, nz…), an abbreviation (j, 交警) or a set phrase (l).</summary>
    private static bool NounTag(string tag) => tag.StartsWith('n') || tag is "j" or "l";

    /// <summary>Whether jieba's dictionary tags <paramref name="key"/> as a noun (<see cref="NounTag"/>); words it does not hold are not.</summary>
    public bool IsNoun(ReadOnlySpan<char> key)
    {
        var slot = Find(key);
        return _slots[slot] > 0 && _noun[_slots[slot] - 1];
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out int count)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                count = 0;
                return false;
            }

            if (Key(entry).SequenceEqual(key))
            {
                count = _count[entry];
                return true;
            }
        }
    }

    /// <summary>The word at <paramref name="count"/>, and each of its beginnings the table does not hold yet at 0.</summary>
    private void Set(string word, int count)
    {
        for (var length = 1; length <= word.Length; length++)
        {
            var key = word.AsSpan(0, length);
            if ((_entries + 1) * 2 > _slots.Length)
            {
                Grow(); // before the slot is found: a slot found in the smaller table means nothing in the grown one
            }

            var slot = Find(key);
            if (_slots[slot] == 0)
            {
                _slots[slot] = Add(key) + 1;
                slot = -1;
            }

            if (length == word.Length)
            {
                _count[(slot < 0 ? _entries : _slots[slot]) - 1] = count;
            }
        }
    }

    private int Find(ReadOnlySpan<char> key)
    {
        var mask = _slots.Length - 1;
        var slot = Hash(key) & mask;
        while (_slots[slot] != 0 && !Key(_slots[slot] - 1).SequenceEqual(key))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private int Add(ReadOnlySpan<char> key)
    {
        if (_entries == _start.Length)
        {
            Array.Resize(ref _start, _entries * 2);
            Array.Resize(ref _count, _entries * 2);
            Array.Resize(ref _noun, _entries * 2);
        }

        if (_used + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + key.Length));
        }

        key.CopyTo(_chars.AsSpan(_used));
        _start[_entries] = _used;
        _used += key.Length;
        _count[_entries] = 0;
        _noun[_entries] = false;
        _entries++;
        return _entries - 1;
    }

    private ReadOnlySpan<char> Key(int entry) =>
        _chars.AsSpan(_start[entry], (entry + 1 < _entries ? _start[entry + 1] : _used) - _start[entry]);

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < _entries; entry++)
        {
            var slot = Hash(Key(entry)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry + 1;
        }

        _slots = slots;
    }

    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
