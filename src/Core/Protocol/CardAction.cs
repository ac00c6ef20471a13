using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngageBot.Core.Protocol;

/// <summary>A button: imBack, postBack, messageBack, openUrl, …</summary>
public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public JsonElement? Value { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public string? Image { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
