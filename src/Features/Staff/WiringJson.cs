using System.Text.Json.Serialization;
using EngageBot.Features.SignUps;

namespace EngageBot.Features.Staff;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StaffMemberNumberRequest))]
[JsonSerializable(typeof(StaffMemberNumberResponse))]
internal sealed partial class WiringJson : JsonSerializerContext;
