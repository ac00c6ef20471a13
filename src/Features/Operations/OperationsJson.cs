using System.Text.Json.Serialization;

namespace EngageBot.Features.Operations;

/// <summary>Source-generated JSON for the operations API (camelCase, kinds as names, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<RetentionView>))]
[JsonSerializable(typeof(BackupList))]
[JsonSerializable(typeof(BackupFile))]
public sealed partial class OperationsJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static OperationsJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
