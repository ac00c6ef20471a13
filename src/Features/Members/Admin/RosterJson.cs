using System.Text.Json.Serialization;

namespace EngageBot.Features.Members.Admin;

/// <summary>Source-generated JSON for the roster admin API (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(RosterMemberView))]
[JsonSerializable(typeof(RosterListView))]
[JsonSerializable(typeof(UpdateMemberRequest))]
[JsonSerializable(typeof(RosterImportReport))]
[JsonSerializable(typeof(List<UnitNode>))]
public sealed partial class RosterJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static RosterJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
