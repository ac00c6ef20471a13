using System.Text.Json.Serialization;

namespace EngageBot.Features.Channels.WeCom.Robots;

/// <summary>Registers or re-keys a robot: the key from its webhook URL (<c>…/webhook/send?key=…</c>), or the whole URL.</summary>
public sealed record RobotRequest(string? WebhookKey);

/// <summary>A registered robot as staff see it; its key is a secret and never shown again.</summary>
public sealed record RobotView(string Name, DateTimeOffset CreatedAt, string? CreatedBy);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(RobotRequest))]
[JsonSerializable(typeof(RobotView))]
[JsonSerializable(typeof(List<RobotView>))]
public sealed partial class WeComRobotJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static WeComRobotJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
