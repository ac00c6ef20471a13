using EngageBot.Features.Groups;

namespace EngageBot.Features.Polls;

/// <summary>In groups a vote typed with a verb ("选2", "投 羽毛球") is for the bot without an @mention; a bare "2" needs one.</summary>
public sealed class PollGroupWords : IGroupCommandWords
{
    public bool IsCommand(string text) => TypedVote.Parse(text) is { Explicit: true };
}
