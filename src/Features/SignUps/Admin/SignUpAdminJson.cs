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
public sealed partial class SignUpAdminJson : JsonSerializerContext;
