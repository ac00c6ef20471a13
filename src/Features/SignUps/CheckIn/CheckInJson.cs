using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>Source-generated JSON for QR check-in and attendance (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CheckInQrResponse))]
[JsonSerializable(typeof(ActivityAttendanceResponse))]
[JsonSerializable(typeof(List<MonthlyAttendance>))]
[JsonSerializable(typeof(List<ActivityAttendanceRow>))]
[JsonSerializable(typeof(MemberCheckInRequest))]
[JsonSerializable(typeof(MemberCheckInResponse))]
public sealed partial class CheckInJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static CheckInJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
