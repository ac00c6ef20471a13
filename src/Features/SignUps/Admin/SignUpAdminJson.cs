using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Admin;

/// <summary>Source-generated JSON for the clubs and activities admin API (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ActivityRequest))]
[JsonSerializable(typeof(ActivityResponse))]
[JsonSerializable(typeof(List<ActivityResponse>))]
[JsonSerializable(typeof(ClubRequest))]
[JsonSerializable(typeof(ClubResponse))]
[JsonSerializable(typeof(List<ClubResponse>))]
[JsonSerializable(typeof(RosterResponse))]
[JsonSerializable(typeof(List<ClubAttendanceResponse>))]
[JsonSerializable(typeof(CheckInCodeResponse))]
public sealed partial class SignUpAdminJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static SignUpAdminJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
