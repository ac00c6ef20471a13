using System.Text.Json.Serialization;
using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Source-generated JSON for the knowledge content files (camelCase, enums by name).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(KnowledgeDocument))]
[JsonSerializable(typeof(KnowledgeEntry))]
public sealed partial class KnowledgeJson : JsonSerializerContext;
