using System.Text.Json.Serialization;
using EngageBot.Scheduler.Notices;

namespace EngageBot.Scheduler;

/// <summary>JSON the scheduler stores (audiences): camelCase, nulls omitted, no CLR type names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NoticeAudience))]
public sealed partial class SchedulerJson : JsonSerializerContext;
