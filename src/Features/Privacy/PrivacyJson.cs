using System.Text.Json.Serialization;

namespace EngageBot.Features.Privacy;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true, WriteIndented = true)]
[JsonSerializable(typeof(PersonalDataExport))]
[JsonSerializable(typeof(EraseRequest))]
[JsonSerializable(typeof(AccountEraseRequest))]
[JsonSerializable(typeof(ErasureReport))]
public sealed partial class PrivacyJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    // Lazy: the generated Default lives in another part, whose static initialisers may run after ours.
    public static PrivacyJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
