using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;
using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// Replies through a message's response_url (主动回复消息, WeCom doc 101138): a POST of
/// <c>{"msgtype":"markdown","markdown":{"content":…}}</c> to the URL, which WeCom accepts once and for one hour.
/// Only the outbox dispatcher sends these (<see cref="Message"/> puts one there), so a reply is tried again after a
/// transient failure (HTTP 5xx, errcode -1) and recorded as failed for good after any other errcode, an expired or
/// already used URL: the outbox's report shows it. The URL is a credential: never logged, never exported.
/// </summary>
public sealed class AiBotResponses(
    IDatabase database, AiBotStreams streams, IHttpClientFactory httpClients, IOptions<WeComAiBotOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "wecom-aibot-response";
    private const string KeyPrefix = "aibot-response|";

    /// <summary>True for a response_url WeCom could have given (the configured base's scheme, host and port), so it may be kept.</summary>
    public bool Accepts(string? responseUrl) =>
        Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) && responseUrl.Length <= 2048
        && Uri.Compare(url, options.Value.ResponseBaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// The outbox message that sends the stream's late replies through its response_url: one per stream (the URL is used
    /// once), its text read when it is sent, so replies still waiting ahead of it in the conversation go with it.
    /// </summary>
    public static OutboxMessage Message(ConversationReference reference, string streamId)
    {
        var key = KeyPrefix + streamId;
        return new OutboxMessage(key, ConversationKey.For(reference), new MemberKey(reference.ChannelId, reference.User!.Id!), reference,
            new Activity { Type = ActivityTypes.Message, Id = key });
    }

    /// <summary>The stream whose response_url <paramref name="activity"/> is for, or null for a stream reply.</summary>
    public static string? StreamOf(Activity activity) =>
        activity.Id is { } id && id.StartsWith(KeyPrefix, StringComparison.Ordinal) ? id[KeyPrefix.Length..] : null;

    public async Task SendAsync(string streamId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var url = await UsableUrlAsync(streamId, now, cancellationToken);
        var text = await streams.LateTextAsync(streamId, cancellationToken)
            ?? throw new HttpRequestException("The stream's late replies are gone.", null, HttpStatusCode.Gone);
        var body = new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = text } };
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(url, content, cancellationToken);
        var code = TencentApi.ErrorCode(await TencentApi.ReadAsync(response, cancellationToken));
        if (code != 0)
        {
            throw new TencentApiException(code); // -1 (busy) is retried; a used or expired URL's errcode is not
        }

        await database.WriteAsync(async (connection, transaction) =>
        {
            await using var used = connection.Command("UPDATE wecom_aibot_responses SET used_at = @now WHERE stream_id = @s", transaction)
                .With("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()).With("@s", streamId);
            return await used.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The stream's response_url while it can still be used; otherwise a permanent failure (410) without calling WeCom.</summary>
    private async Task<Uri> UsableUrlAsync(string streamId, long now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var find = connection.Command("SELECT response_url, expires_at, used_at FROM wecom_aibot_responses WHERE stream_id = @s").With("@s", streamId);
        await using var row = await find.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken)
            || Convert.ToInt64(row.GetValue(1), CultureInfo.InvariantCulture) < now
            || row.GetValue(2) is not DBNull)
        {
            throw new HttpRequestException("The message's response_url is missing, expired or used.", null, HttpStatusCode.Gone);
        }

        return new Uri(row.GetString(0), UriKind.Absolute);
    }
}
