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
public sealed partial class StaffJson : JsonSerializerContext;
