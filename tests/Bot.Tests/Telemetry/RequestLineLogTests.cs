using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Telemetry;

/// <summary>
/// A request line's query never reaches a log, even with every category at Trace: a Direct Line stream opened with
/// the credential its streamUrl carries (<c>t=</c>) and a request with a code in its query.
/// </summary>
public sealed class RequestLineLogTests
{
    private const string QueryCode = "code-in-the-query-7731";

    [Fact]
    public async Task With_every_category_at_Trace_no_query_credential_is_logged()
    {
        var logs = new LogCapture();
        var settings = DirectLineClient.Settings(("Logging:LogLevel:Default", "Trace"), ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"));
        await using var bot = await BotHost.StartAsync(settings: settings, configure: builder => builder.Logging.AddProvider(logs));
        var client = new DirectLineClient(bot, DirectLineClient.Secret);

        var (conversationId, token, streamUrl) = await client.StartAsync("dl_quiet");
        using var socket = await DirectLineClient.OpenAsync(streamUrl);
        await DirectLineClient.ReceiveUntilAsync(socket, _ => true);
        using var post = await client.PostAsync(conversationId, token, """{"type":"message","text":"你好"}""");
        await DirectLineClient.ReceiveActivitiesAsync(socket, 2);
        using var probe = await bot.Http.GetAsync(new Uri($"/api/members/me/data?code={QueryCode}", UriKind.Relative));

        var streamCredential = Uri.UnescapeDataString(new Uri(streamUrl).Query.Split("t=")[1]);
        var lines = logs.Lines;
        Assert.Contains(lines, l => l.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal)); // Trace was on
        Assert.DoesNotContain(lines, l => l.Contains(streamCredential, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(QueryCode, StringComparison.Ordinal));
    }
}
