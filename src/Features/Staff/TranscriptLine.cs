using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>One message of a hand-off conversation: "in" from the member, "out" from the bot or staff.</summary>
public sealed record TranscriptLine(string Direction, string? From, string Text, DateTimeOffset At)
{
    /// <summary>A button press told in words (<see cref="Text"/> in Chinese, this in English), rather than its raw value.</summary>
    public string? TapEn { get; init; }
}
