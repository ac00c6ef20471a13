using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngageBot.Core.Protocol;

/// <summary>A conversation: a 1:1 chat, or a group when <see cref="IsGroup"/> is true.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
