using System.Text.Json;
using EngageBot.Core.Protocol;

namespace EngageBot.Features.Polls;

/// <summary>The vote button contract: its postBack value <c>{"action":"vote","pollId":"…","option":n}</c>, made and read here only.</summary>
public static class PollActions
{
    public const string Vote = "vote";

    public static CardAction Button(Poll poll, int option) => new()
    {
        Type = "postBack",
        Title = $"{option}. {poll.Options[option - 1]}",
        Value = JsonSerializer.SerializeToElement(new PollVoteValue(Vote, poll.Id, option), PollsJson.Default.PollVoteValue),
    };

    /// <summary>The poll and option a vote button names, when the message's value is one.</summary>
    public static (string PollId, int Option)? Read(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == Vote
        && element.TryGetProperty("pollId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 100 } pollId
        && element.TryGetProperty("option", out var option) && option.ValueKind == JsonValueKind.Number && option.TryGetInt32(out var number)
            ? (pollId, number)
            : null;
}
