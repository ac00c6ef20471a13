using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngageBot.Core.Protocol;

/// <summary>A card or file; either <see cref="Content"/> or <see cref="ContentUrl"/>.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
