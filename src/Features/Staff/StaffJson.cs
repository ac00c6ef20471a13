using System.Text.Json.Serialization;

namespace EngageBot.Features.Staff;

/// <summary>Source-generated JSON for the staff sign-in boundary (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(StaffTokenPayload))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(CreateStaffRequest))]
[JsonSerializable(typeof(StaffAccountResponse))]
[JsonSerializable(typeof(List<StaffAccountResponse>))]
[JsonSerializable(typeof(StaffChatLink))]
public sealed partial class StaffJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static StaffJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
