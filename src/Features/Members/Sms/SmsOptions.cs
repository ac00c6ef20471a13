namespace EngageBot.Features.Members.Sms;

/// <summary>How member sign-in codes are sent (<c>Sms:…</c>). With no provider, member sign-in is off (503).</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>Null = not configured; under Development it defaults to <see cref="SmsProvider.File"/>.</summary>
    public SmsProvider? Provider { get; set; }

    /// <summary>The File provider's JSON-lines file; a relative path is under the content root (src/Bot under dotnet run).</summary>
    public string FilePath { get; set; } = "data/sms.jsonl";

    /// <summary>How long one call to the provider may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public TencentSmsOptions Tencent { get; set; } = new();

    public AliyunSmsOptions Aliyun { get; set; } = new();
}
