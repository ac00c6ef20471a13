using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Sends to external Bot Framework channels through their Connector REST API at the conversation's
/// serviceUrl: a reply when the activity answers one, else a plain send. 429 and 5xx are retried,
/// honouring Retry-After, with capped, jittered backoff.
/// </summary>
public sealed partial class ConnectorSender(
    IHttpClientFactory httpFactory,
    IBotTokenProvider tokens,
    TrustedServiceUrls trusted,
    IOptions<ConnectorOptions> options,
    TimeProvider clock,
    ILogger<ConnectorSender> logger) : IActivitySender
{
    public const string HttpClientName = "connector";

    public bool Handles(ConversationReference reference) =>
        Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = reference.ServiceUrl!;
        if (!trusted.IsTrusted(serviceUrl))
        {
            throw new InvalidOperationException("Refusing to send to a serviceUrl that no verified request carried.");
        }

        var outgoing = activity with
        {
            ChannelId = reference.ChannelId,
            Conversation = reference.Conversation,
            From = activity.From ?? reference.Bot,
            Recipient = activity.Recipient ?? reference.User,
            ServiceUrl = null,
        };
        var url = ActivitiesUrl(serviceUrl, reference.Conversation.Id!, outgoing.ReplyToId);
        var token = await tokens.GetTokenAsync(cancellationToken);
        using var http = httpFactory.CreateClient(HttpClientName);
        // Serialised once, sent with a Content-Length (JsonContent would stream it chunked, in more writes).
        var body = JsonSerializer.SerializeToUtf8Bytes(outgoing, ProtocolJson.Default.Activity);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage? response = null;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (ex.StatusCode is null && attempt < options.Value.MaxAttempts)
            {
                // No answer at all (refused, reset): as passing as a 503, so tried again the same way.
                LogUnreachable(logger, attempt);
            }

            using (response)
            {
                if (response is { IsSuccessStatusCode: true })
                {
                    return await ReadIdAsync(response, cancellationToken);
                }

                if (response is not null && (!IsTransient(response.StatusCode) || attempt >= options.Value.MaxAttempts))
                {
                    var failure = new HttpRequestException($"Connector answered {(int)response.StatusCode}.", null, response.StatusCode);
                    if (response.Headers.RetryAfter?.Delta is { } retryAfter)
                    {
                        failure.Data["RetryAfter"] = retryAfter; // read by the outbox dispatcher when it reschedules
                    }

                    throw failure;
                }

                var delay = response is null ? Backoff(attempt) : RetryDelay(response, attempt);
                LogRetry(logger, (int?)response?.StatusCode ?? 0, attempt, delay);
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, ids escaped (they may hold '|', ':', ';').</summary>
    public static Uri ActivitiesUrl(string serviceUrl, string conversationId, string? replyToId)
    {
        var root = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(new Uri(root), path);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var max = options.Value.MaxDelay;
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < max ? delta : max;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < max ? wait : max;
        }

        return Backoff(attempt);
    }

    /// <summary>BaseDelay doubled per try, jittered down by up to half, never above MaxDelay.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var max = options.Value.MaxDelay;
        var backoff = options.Value.BaseDelay * Math.Pow(2, attempt - 1);
        var jittered = backoff * (0.5 + (Random.Shared.NextDouble() / 2));
        return jittered < max ? jittered : max;
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // offline-directline and some channels answer 2xx with an empty body.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJson.Default.ResourceResponse)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Connector did not answer try {Attempt}")]
    private static partial void LogUnreachable(ILogger logger, int attempt);

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Connector answered {Status}; try {Attempt} failed, retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, int status, int attempt, TimeSpan delay);
}
