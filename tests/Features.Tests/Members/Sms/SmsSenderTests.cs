using System.Text.Json;
using EngageBot.Features.Members.Sms;
using EngageBot.TestKit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>Each sender against its provider on loopback: signed the way the provider checks, and its refusals reported, not thrown.</summary>
public sealed class SmsSenderTests
{
    private const string Phone = "13800000001";
    private const string Code = "480215";
    private static readonly VerificationSms Message = new(Phone, Code, TimeSpan.FromMinutes(5));

    private readonly ManualClock _clock = ManualClock.StartingNow();

    [Fact]
    public async Task Tencent_sends_a_signed_request_the_stub_accepts()
    {
        await using var stub = await TencentSmsStub.StartAsync(_clock);
        var logger = new RecordingLogger<TencentSmsSender>();

        var outcome = await Tencent(stub, logger, TencentSmsStub.SecretKey, minutes: true).SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsOutcome.Sent, outcome);
        var body = Assert.Single(stub.Accepted);
        Assert.Equal("+8613800000001", body["PhoneNumberSet"]![0]!.GetValue<string>());
        Assert.Equal([Code, "5"], body["TemplateParamSet"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(("1400006666", "某某区总工会", "1110"),
            (body["SmsSdkAppId"]!.GetValue<string>(), body["SignName"]!.GetValue<string>(), body["TemplateId"]!.GetValue<string>()));
        AssertClean(logger.Lines);
    }

    [Fact]
    public async Task Tencent_rate_limit_is_reported_as_throttled_without_secrets_in_the_log()
    {
        await using var stub = await TencentSmsStub.StartAsync(_clock);
        stub.Mode = StubMode.RateLimit;
        var logger = new RecordingLogger<TencentSmsSender>();

        var outcome = await Tencent(stub, logger, TencentSmsStub.SecretKey).SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsOutcome.Throttled, outcome);
        Assert.Contains(logger.Lines, l => l.Contains("LimitExceeded.PhoneNumberThirtySecondLimit", StringComparison.Ordinal));
        AssertClean(logger.Lines);
    }

    [Fact]
    public async Task Tencent_with_a_wrong_key_fails_the_signature_check_and_reports_failure()
    {
        await using var stub = await TencentSmsStub.StartAsync(_clock);
        var logger = new RecordingLogger<TencentSmsSender>();

        var outcome = await Tencent(stub, logger, "not-the-right-secret-key").SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsOutcome.Failed, outcome);
        Assert.Empty(stub.Accepted);
        Assert.Contains(logger.Lines, l => l.Contains("AuthFailure.SignatureFailure", StringComparison.Ordinal));
        AssertClean(logger.Lines, "not-the-right-secret-key");
    }

    [Fact]
    public async Task Aliyun_sends_a_signed_request_the_stub_accepts()
    {
        await using var stub = await AliyunSmsStub.StartAsync(_clock);
        var logger = new RecordingLogger<AliyunSmsSender>();

        var outcome = await Aliyun(stub, logger, AliyunSmsStub.AccessKeySecret).SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsOutcome.Sent, outcome);
        var form = Assert.Single(stub.Accepted);
        Assert.Equal((Phone, "某某区总工会", "SMS_123456789", "JSON"), (form["PhoneNumbers"], form["SignName"], form["TemplateCode"], form["Format"]));
        Assert.Equal(Code, JsonDocument.Parse(form["TemplateParam"]).RootElement.GetProperty("code").GetString());
        AssertClean(logger.Lines);
    }

    [Fact]
    public async Task Aliyun_flow_control_is_reported_as_throttled_and_a_wrong_secret_as_failed()
    {
        await using var stub = await AliyunSmsStub.StartAsync(_clock);
        stub.Mode = StubMode.RateLimit;
        var logger = new RecordingLogger<AliyunSmsSender>();

        var limited = await Aliyun(stub, logger, AliyunSmsStub.AccessKeySecret).SendAsync(Message, CancellationToken.None);
        var forged = await Aliyun(stub, logger, "wrong-secret-wrong-secret").SendAsync(Message, CancellationToken.None);

        Assert.Equal((SmsOutcome.Throttled, SmsOutcome.Failed), (limited, forged));
        Assert.Single(stub.Accepted);
        Assert.Contains(logger.Lines, l => l.Contains("isv.BUSINESS_LIMIT_CONTROL", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, l => l.Contains("SignatureDoesNotMatch", StringComparison.Ordinal));
        AssertClean(logger.Lines, "wrong-secret-wrong-secret");
    }

    [Fact]
    public async Task An_unreachable_provider_is_a_failure_not_an_exception()
    {
        var logger = new RecordingLogger<TencentSmsSender>();
        var options = TencentOptions(new Uri("http://127.0.0.1:9/"), TencentSmsStub.SecretKey, minutes: false);

        var outcome = await new TencentSmsSender(new PlainHttpClients(), options, _clock, logger).SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsOutcome.Failed, outcome);
        AssertClean(logger.Lines);
    }

    [Fact]
    public async Task The_file_sender_appends_one_json_line_per_message()
    {
        var path = TempSqlite.NewPath("sms.jsonl");
        var options = Options.Create(new SmsOptions { Provider = SmsProvider.File, FilePath = path });
        using var sender = new FileSmsSender(options, new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, _clock, new RecordingLogger<FileSmsSender>());

        await sender.SendAsync(Message, CancellationToken.None);
        await sender.SendAsync(Message with { Phone = "13900000002" }, CancellationToken.None);

        Assert.Equal((byte)'{', (await File.ReadAllBytesAsync(path))[0]); // no byte-order mark before the first line
        var lines = (await File.ReadAllLinesAsync(path)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([Phone, "13900000002"], lines.Select(l => l.GetProperty("phone").GetString()));
        Assert.Contains(Code, lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow(), lines[0].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public void A_provider_without_its_keys_does_not_start_and_the_message_names_the_settings()
    {
        var result = new SmsOptionsValidator().Validate(null, new SmsOptions { Provider = SmsProvider.Tencent, Tencent = new() { SecretId = "x" } });

        Assert.True(result.Failed);
        Assert.Contains("Sms:Tencent:SecretKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Sms:Tencent:TemplateId", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sms:Tencent:SecretId ", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new SmsOptionsValidator().Validate(null, new SmsOptions()).Succeeded);
    }

    [Fact]
    public async Task The_start_up_log_says_where_codes_go_or_what_to_set()
    {
        var environment = new HostingEnvironment { ContentRootPath = "/srv/engagebot", EnvironmentName = "Production" };
        var unset = new RecordingLogger<SmsStartupReport>();
        var file = new RecordingLogger<SmsStartupReport>();

        await new SmsStartupReport(Options.Create(new SmsOptions()), environment, unset).StartAsync(CancellationToken.None);
        await new SmsStartupReport(Options.Create(new SmsOptions { Provider = SmsProvider.File }), environment, file).StartAsync(CancellationToken.None);

        Assert.Contains("Set Sms:Provider to Tencent or Aliyun", Assert.Single(unset.Lines), StringComparison.Ordinal);
        Assert.Contains("/srv/engagebot/data/sms.jsonl", Assert.Single(file.Lines), StringComparison.Ordinal);
    }

    private TencentSmsSender Tencent(TencentSmsStub stub, RecordingLogger<TencentSmsSender> logger, string secretKey, bool minutes = false) =>
        new(new PlainHttpClients(), TencentOptions(stub.BaseUrl, secretKey, minutes), _clock, logger);

    private static IOptions<SmsOptions> TencentOptions(Uri baseUrl, string secretKey, bool minutes) => Options.Create(new SmsOptions
    {
        Provider = SmsProvider.Tencent,
        Tencent = new TencentSmsOptions
        {
            SecretId = TencentSmsStub.SecretId, SecretKey = secretKey, SdkAppId = "1400006666", SignName = "某某区总工会",
            TemplateId = "1110", TemplateHasMinutes = minutes, BaseUrl = baseUrl,
        },
    });

    private AliyunSmsSender Aliyun(AliyunSmsStub stub, RecordingLogger<AliyunSmsSender> logger, string secret) =>
        new(new PlainHttpClients(), Options.Create(new SmsOptions
        {
            Provider = SmsProvider.Aliyun,
            Aliyun = new AliyunSmsOptions
            {
                AccessKeyId = AliyunSmsStub.AccessKeyId, AccessKeySecret = secret, SignName = "某某区总工会",
                TemplateCode = "SMS_123456789", BaseUrl = stub.BaseUrl,
            },
        }), _clock, logger);

    /// <summary>No phone number, code or key in any log line.</summary>
    private static void AssertClean(IEnumerable<string> lines, params string[] secrets)
    {
        foreach (var line in lines)
        {
            foreach (var secret in (string[])[Phone, Code, TencentSmsStub.SecretKey, AliyunSmsStub.AccessKeySecret, .. secrets])
            {
                Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
            }
        }
    }
}
