using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.Tencent.Binding;

/// <summary>A bound account as its member sees it: the channel and since when (the openid itself stays on the server).</summary>
public sealed record BoundAccount(string Channel, DateTimeOffset BoundAt);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BoundAccount))]
[JsonSerializable(typeof(List<BoundAccount>))]
public sealed partial class BindingJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static BindingJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
