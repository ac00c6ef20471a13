using System.Text.Json.Serialization;

namespace EngageBot.Features.Members.Sms;

/// <summary>One line of the File provider's output.</summary>
public sealed record SmsFileLine(string Phone, string Text, DateTimeOffset At);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SmsFileLine))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class SmsJson : JsonSerializerContext
{
    /// <summary>Readable Chinese in the file (see <see cref="EngageBot.Core.Json.ApiJson"/>).</summary>
    public static SmsJson Api => field ??= new(EngageBot.Core.Json.ApiJson.Readable(Default.Options));
}

/// <summary>Tencent Cloud's SendSms request and response, in its own PascalCase names.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TencentSendSms))]
[JsonSerializable(typeof(TencentEnvelope))]
public sealed partial class TencentSmsJson : JsonSerializerContext;

/// <summary>Alibaba Cloud's answer (Format=JSON).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(AliyunAnswer))]
public sealed partial class AliyunSmsJson : JsonSerializerContext;
