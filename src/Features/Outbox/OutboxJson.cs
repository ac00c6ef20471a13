using System.Text.Json.Serialization;
using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;

namespace EngageBot.Features.Outbox;

/// <summary>The sign-up button's postBack value: <c>{"action":"signup","activityId":"…"}</c>.</summary>
public sealed record SignUpValue(string Action, string ActivityId);

/// <summary>A hero card: the notice text and its buttons.</summary>
public sealed record HeroCard(string Text, IReadOnlyList<CardAction> Buttons);

/// <summary>JSON written into outgoing cards.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SignUpValue))]
[JsonSerializable(typeof(HeroCard))]
public sealed partial class OutboxJson : JsonSerializerContext;
