using System.Text.Json.Serialization;
using EngageBot.Features.Knowledge.Unanswered;

namespace EngageBot.Features.Knowledge.Editing;

/// <summary>Source-generated JSON for the knowledge editor's entries, preview and unanswered-questions APIs (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(KnowledgeEntryDetail))]
[JsonSerializable(typeof(List<KnowledgeEntryDetail>))]
[JsonSerializable(typeof(KnowledgeDraft))]
[JsonSerializable(typeof(KnowledgePreviewRequest))]
[JsonSerializable(typeof(KnowledgePreview))]
[JsonSerializable(typeof(SampleQuestionRequest))]
[JsonSerializable(typeof(UnansweredHandledRequest))]
[JsonSerializable(typeof(UnansweredList))]
public sealed partial class LearnJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static LearnJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
