using System.Text.Json.Serialization;

namespace EngageBot.Features.SignUps.Member;

/// <summary>Source-generated JSON for the member page's activities and sign-ups (camelCase, nulls omitted, kinds as names).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(MemberActivityList))]
[JsonSerializable(typeof(MemberAnswersRequest))]
[JsonSerializable(typeof(MemberSignUpResponse))]
[JsonSerializable(typeof(List<MySignUp>))]
[JsonSerializable(typeof(MemberActionResponse))]
public sealed partial class MemberActivityJson : JsonSerializerContext
{
    /// <summary>What the endpoints write with: these contracts over <see cref="EngageBot.Core.Json.ApiJson"/>'s readable encoder.</summary>
    public static MemberActivityJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}
