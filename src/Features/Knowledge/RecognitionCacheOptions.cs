namespace EngageBot.Features.Knowledge;

/// <summary>The recognition cache (<c>RecognitionCache:…</c>): how many recent message texts keep their reading.</summary>
public sealed class RecognitionCacheOptions
{
    /// <summary>Readings kept before the cache starts over; 0 turns it off (every message is recognised again).</summary>
    public int Size { get; set; } = 4096;
}
