using System.Text.Json.Serialization;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.Staff;

/// <summary>Source-generated JSON for the console API (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConsoleSession))]
[JsonSerializable(typeof(GroupChainView))]
[JsonSerializable(typeof(HandoffView))]
[JsonSerializable(typeof(List<HandoffView>))]
[JsonSerializable(typeof(HandoffReplyRequest))]
[JsonSerializable(typeof(KnowledgeEntryView))]
[JsonSerializable(typeof(List<KnowledgeEntryView>))]
[JsonSerializable(typeof(KnowledgeUpdateRequest))]
[JsonSerializable(typeof(KnowledgeTryRequest))]
[JsonSerializable(typeof(KnowledgeTryResult))]
[JsonSerializable(typeof(DashboardFigures))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(List<AuditEntry>))]
public sealed partial class ConsoleJson : JsonSerializerContext;
