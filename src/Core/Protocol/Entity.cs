using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngageBot.Core.Protocol;

/// <summary>
/// An entity on an activity. Mentions use <see cref="Mentioned"/> and <see cref="Text"/>; other types
/// (ClientCapabilities, geo, …) keep their fields in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Mention entities are "mention" on the wire, but some channels send "Mention".</summary>
    [JsonIgnore]
    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase);
}
