namespace EngageBot.Bot.NativeHeap;

/// <summary>The <c>NativeHeap</c> configuration section.</summary>
public sealed class NativeHeapOptions
{
    public const string Section = "NativeHeap";

    /// <summary>How often malloc's free pages go back to the system; zero turns the trim off.</summary>
    public TimeSpan TrimEvery { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>One full compacting collection and a trim once the host has started (<see cref="StartupCollection"/>).</summary>
    public bool CollectAfterStart { get; init; } = true;
}
