using System.Text.Json.Serialization;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Notices;

/// <summary>JSON the scheduler stores (audiences): camelCase, nulls omitted, no CLR type names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoticeAudience))]
public sealed partial class SchedulerJson : JsonSerializerContext;
