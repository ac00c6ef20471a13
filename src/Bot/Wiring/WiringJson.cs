using System.Text.Json.Serialization;

namespace EngageBot.Bot.Wiring;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StaffMemberNumberRequest))]
[JsonSerializable(typeof(StaffMemberNumberResponse))]
internal sealed partial class WiringJson : JsonSerializerContext;
