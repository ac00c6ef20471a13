using System.Net;
using EngageBot.Bot.Tests.SignUps;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>
/// <c>/metrics</c> on a real Kestrel host: the features' instruments after real turns, and who may read them
/// (a staff token, or a caller on an allowed network; nobody else).
/// </summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task After_a_few_turns_the_scrape_shows_the_turn_recognition_outbox_sign_up_http_and_runtime_instruments()
    {
        await using var host = await SignUpTestHost.StartAsync(seed: true);
        await host.SayAsync("m1", "help");
        await host.SayAsync("m1", "会员服务卡丢了怎么办");
        await host.SayAsync("m1", "今天天气怎么样");
        Assert.StartsWith("报名成功", (await host.SayAsync("m2", "报名瑜伽")).Activity.Text, StringComparison.Ordinal);

        using var scrape = await host.AdminAsync(HttpMethod.Get, "metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        // Four message turns at least (the meters are the process's: other tests' hosts may add to them).
        Assert.True(Value(text, "engagebot_turns_total{", "channel=\"emulator\"", "outcome=\"completed\"") >= 4, text);
        Assert.True(Value(text, "engagebot_turn_duration_seconds_count{", "channel=\"emulator\"", "outcome=\"completed\"") >= 4, text);
        Assert.Contains("engagebot_recognition_confidence_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("reading=\"answer\"", text, StringComparison.Ordinal);
        Assert.True(Value(text, "engagebot_signups_total{", "outcome=\"confirmed\"") >= 1, text);
        Assert.Contains("engagebot_outbox_depth{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("http_client_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_up_outcomes_cancellations_and_the_outbox_delivery_of_the_promotion_are_counted()
    {
        await using var host = await SignUpTestHost.StartAsync();
        var id = await host.CreateActivityAsync(capacity: 1, startsIn: TimeSpan.FromDays(2));
        await host.SendAsync(host.PostBack("p1", "signup", id));
        await host.SendAsync(host.PostBack("p2", "signup", id));
        await host.SendAsync(host.PostBack("p1", "cancel", id));
        await host.SayAsync("p1", "是");
        await host.WaitForAsync(1, a => a.Activity.Recipient?.Id == "p2" && a.Activity.Text?.StartsWith("好消息", StringComparison.Ordinal) == true);

        // The dispatcher counts a row once its outcome is recorded, just after the channel took it: scrape until it shows.
        var text = string.Empty;
        for (var i = 0; i < 100 && !text.Contains("kind=\"signup_promoted\"", StringComparison.Ordinal); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            using var scrape = await host.AdminAsync(HttpMethod.Get, "metrics");
            text = await scrape.Content.ReadAsStringAsync();
        }

        Assert.True(Value(text, "engagebot_signups_total{", "outcome=\"waitlisted\"") >= 1, text);
        Assert.True(Value(text, "engagebot_signup_cancellations_total{", "outcome=\"cancelled\"") >= 1, text);
        Assert.True(Value(text, "engagebot_outbox_deliveries_total{", "kind=\"signup_promoted\"", "status=\"sent\"") >= 1, text);
        Assert.True(Value(text, "engagebot_outbox_delivery_latency_seconds_count{", "kind=\"signup_promoted\"") >= 1, text);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_and_a_staff_token_gets_the_metrics()
    {
        await using var bot = await BotHost.StartAsync();

        using var anonymous = await bot.Http.GetAsync(new Uri("metrics", UriKind.Relative));
        using var forged = new HttpRequestMessage(HttpMethod.Get, "metrics") { Headers = { { "Authorization", "Bearer not-a-staff-token" } } };
        using var forgedAnswer = await bot.Http.SendAsync(forged);
        using var staff = await bot.Admin.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain("engagebot", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.StartsWith("text/plain", staff.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.0/8", HttpStatusCode.OK)]
    [InlineData("127.0.0.1/32", HttpStatusCode.OK)]
    [InlineData("10.0.0.0/8", HttpStatusCode.Unauthorized)]
    [InlineData("::1/128", HttpStatusCode.Unauthorized)] // the test client comes from 127.0.0.1, not ::1
    public async Task A_caller_on_an_allowed_network_needs_no_token(string network, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Telemetry:MetricsAllowedNetworks:0"] = network });

        using var answer = await bot.Http.GetAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(expected, answer.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_for_header_does_not_make_an_outside_caller_allowed()
    {
        await using var bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Telemetry:MetricsAllowedNetworks:0"] = "10.0.0.0/8" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics") { Headers = { { "X-Forwarded-For", "10.1.2.3" } } };

        using var answer = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
    }

    [Fact]
    public async Task With_telemetry_off_there_is_no_metrics_endpoint_and_turns_still_answer()
    {
        await using var host = await SignUpTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "false" });

        var reply = await host.SayAsync("m1", "help");
        using var scrape = await host.AdminAsync(HttpMethod.Get, "metrics");

        Assert.StartsWith("I can help you", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
    }

    [Fact]
    public async Task An_OTLP_HTTP_collector_receives_the_turn_metrics_on_v1_metrics_and_the_turn_traces_on_v1_traces()
    {
        await using var collector = await OtlpCollectorStub.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = collector.BaseUrl.ToString(),
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
        };

        // Stopping the service (the end of this block) flushes both exporters: no waiting for an export interval.
        await using (var host = await SignUpTestHost.StartAsync(settings: settings))
        {
            await host.SayAsync("m1", "help");
        }

        var metrics = collector.Exports.Where(e => e.Signal == "metrics").ToList();
        var traces = collector.Exports.Where(e => e.Signal == "traces").ToList();
        Assert.Contains(metrics, e => e.Carries("engagebot.turns") && e.Carries("emulator"));
        Assert.Contains(traces, e => e.Carries("EngageBot.Turns") && e.Carries("turn"));
        Assert.DoesNotContain(traces, e => e.Carries("engagebot.turns"));
        Assert.All(collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
    }

    /// <summary>The value of the first sample of <paramref name="name"/> (with its "{") carrying every one of <paramref name="labels"/>.</summary>
    private static double Value(string exposition, string name, params string[] labels)
    {
        var line = exposition.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        Assert.True(line is not null, $"no {name} sample with {string.Join(", ", labels)} in:\n{exposition}");
        return double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
