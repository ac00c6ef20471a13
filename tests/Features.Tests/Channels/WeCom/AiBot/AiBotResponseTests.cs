using System.Globalization;
using EngageBot.Features.Tests.Channels.WeChat;
using Microsoft.Data.Sqlite;
using static EngageBot.Features.Tests.Channels.WeChat.WeChatLateReplyTests;

namespace EngageBot.Features.Tests.Channels.WeCom.AiBot;

/// <summary>
/// Replies later than the stream's window leave through the message's response_url (WeCom doc 101138), from the
/// outbox: once, together, retried while WeCom is busy, and reported as failed for good when the URL is used or
/// expired. The stream is answered finished when its window is over, without them.
/// </summary>
public sealed class AiBotResponseTests
{
    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["WeCom:AiBot:StreamWindow"] = "00:00:02",
        ["WeCom:AiBot:ResponseBaseUrl"] = "{stub}",
        ["Delivery:BaseDelay"] = "00:00:00.050",
        ["Delivery:MaxDelay"] = "00:00:00.200",
        ["Delivery:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task A_reply_after_the_stream_window_goes_once_through_the_response_url_retried_while_WeCom_is_busy()
    {
        var probe = new TurnProbe();
        await using var wecom = await AiBotChainTests.StartAsync(probe, Settings);
        var push = new AiBotPush(wecom.Host.Http);

        var streamId = await HoldAsync(wecom, push, "slowpoke", wecom.Stub.IssueResponseUrl());
        wecom.Stub.ResponsesBusy = true;
        probe.Release();
        await UntilAsync(() => wecom.Stub.ResponseRefusals >= 2);
        wecom.Stub.ResponsesBusy = false;
        await UntilAsync(() => Outbox(wecom, "sent") == 1);

        var (_, body) = Assert.Single(wecom.Stub.Responses);
        Assert.Equal("markdown", body["msgtype"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["markdown"]!["content"]!.GetValue<string>()));
        using var refreshed = await push.PostAsync(AiBotPush.StreamRefresh(streamId));
        var stream = (await push.ReplyAsync(refreshed))!;
        Assert.True(stream["finish"]!.GetValue<bool>());
        Assert.Equal(string.Empty, stream["content"]!.GetValue<string>()); // the late reply is not shown twice
    }

    [Fact]
    public async Task A_used_or_expired_response_url_fails_for_good_and_the_outbox_reports_it()
    {
        var probe = new TurnProbe();
        await using var wecom = await AiBotChainTests.StartAsync(probe, Settings);
        var push = new AiBotPush(wecom.Host.Http);
        var used = wecom.Stub.IssueResponseUrl();
        using (var burn = await new HttpClient().PostAsync(new Uri(used), new StringContent("""{"msgtype":"markdown","markdown":{"content":"x"}}""")))
        {
            burn.EnsureSuccessStatusCode();
        }

        await HoldAsync(wecom, push, "used1", used);
        await HoldAsync(wecom, push, "expired1", wecom.Stub.IssueResponseUrl());
        wecom.Stub.ExpireResponseUrls();
        probe.Release();

        await UntilAsync(() => Outbox(wecom, "failed") == 2);
        Assert.Single(wecom.Stub.Responses); // only the burn
        Assert.Equal(["http_400", "http_400"], Reasons(wecom));
    }

    /// <summary>A held turn's message, then refreshes until its window is over: the stream reads finished and empty.</summary>
    private static async Task<string> HoldAsync(WeComHost wecom, AiBotPush push, string userId, string responseUrl)
    {
        using var first = await push.PostAsync(AiBotPush.GroupText(push.NewMsgId(), userId, "@工会小助手 " + TurnProbe.HoldText, responseUrl: responseUrl));
        var stream = (await push.ReplyAsync(first))!;
        var streamId = stream["id"]!.GetValue<string>();
        while (!stream["finish"]!.GetValue<bool>())
        {
            await Task.Delay(100);
            using var refreshed = await push.PostAsync(AiBotPush.StreamRefresh(streamId));
            stream = (await push.ReplyAsync(refreshed))!;
        }

        Assert.Equal(string.Empty, stream["content"]!.GetValue<string>());
        Assert.Equal(0, Outbox(wecom, "sent") + Outbox(wecom, "failed"));
        return streamId;
    }

    /// <summary>Response_url rows of the outbox in <paramref name="status"/> (null: any).</summary>
    internal static long Outbox(WeComHost wecom, string? status) => long.Parse(
        Query(wecom, "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'aibot-response|%' AND ($s IS NULL OR status = $s)", status).Single(),
        CultureInfo.InvariantCulture);

    private static List<string> Reasons(WeComHost wecom) =>
        Query(wecom, "SELECT reason FROM outbox WHERE idempotency_key LIKE 'aibot-response|%' AND status = $s ORDER BY id", "failed");

    private static List<string> Query(WeComHost wecom, string sql, string? status)
    {
        using var connection = new SqliteConnection($"Data Source={wecom.Host.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", (object?)status ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return rows;
    }
}
