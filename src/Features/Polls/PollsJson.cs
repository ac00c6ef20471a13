using System.Text.Json.Serialization;

namespace EngageBot.Features.Polls;

/// <summary>Polls' JSON: the stored options, the vote button's value and the admin API; camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(PollVoteValue))]
[JsonSerializable(typeof(PollDraft))]
[JsonSerializable(typeof(PollView))]
[JsonSerializable(typeof(PollList))]
public sealed partial class PollsJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static PollsJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}

/// <summary>A vote button's postBack value: <c>{"action":"vote","pollId":"…","option":2}</c>.</summary>
public sealed record PollVoteValue(string Action, string PollId, int Option);
