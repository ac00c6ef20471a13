using System.Text.Json.Serialization;

namespace EngageBot.Features.Handoff;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HandoffAlert))]
public sealed partial class HandoffJson : JsonSerializerContext
{
    /// <summary>What the alert stream writes with: readable Chinese names (<see cref="EngageBot.Core.Json.ApiJson"/>).</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static HandoffJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
