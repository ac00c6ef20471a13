using System.Net.Http.Headers;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Sends to external Bot Framework channels through their Connector REST API at the conversation's
/// serviceUrl: a reply when the activity answers one, else a plain send. Retries, the circuit breaker and
/// the per-try timeout are the HTTP client's pipeline (<see cref="ConnectorResilience"/>); what is left failing
/// is thrown as an <see cref="HttpRequestException"/> for the caller to hand to the outbox.
/// </summary>
public sealed partial class ConnectorSender(
    IHttpClientFactory httpFactory,
    IBotTokenProvider tokens,
    TrustedServiceUrls trusted,
    TimeProvider clock,
    ILogger<ConnectorSender> logger) : IActivitySender
{
    public const string HttpClientName = "connector";

    public bool Handles(ConversationReference reference) =>
        ServiceUrlCache.AsAbsolute(reference.ServiceUrl) is { } uri
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = reference.ServiceUrl!;
        if (!await trusted.IsTrustedAsync(serviceUrl, cancellationToken))
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
        // Serialised once, sent with a Content-Length (JsonContent would stream it chunked, in more writes); the
        // serializer's bytes without its metadata walk (ActivityWriterTests).
        var body = ActivityWriter.SerializeToUtf8Bytes(outgoing);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is BrokenCircuitException or TimeoutRejectedException)
        {
            // No answer, as far as the caller is concerned: transient, with our own word for why.
            LogUnreachable(logger, ex.GetType().Name);
            throw new HttpRequestException("The Connector could not be reached.", ex) { Data = { ["Reason"] = ex is BrokenCircuitException ? "circuit_open" : "timeout" } };
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await ReadIdAsync(response, cancellationToken);
            }

            var failure = new HttpRequestException($"Connector answered {(int)response.StatusCode}.", null, response.StatusCode);
            if (ConnectorResilience.RetryAfter(response, TimeSpan.MaxValue, clock) is { } retryAfter)
            {
                failure.Data["RetryAfter"] = retryAfter; // read by the outbox dispatcher when it reschedules
            }

            throw failure;
        }
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, ids escaped (they may hold '|', ':', ';').</summary>
    public static Uri ActivitiesUrl(string serviceUrl, string conversationId, string? replyToId)
    {
        var root = ServiceUrlCache.Root(serviceUrl);
        var id = Uri.EscapeDataString(conversationId);
        var reply = string.IsNullOrEmpty(replyToId) ? null : Uri.EscapeDataString(replyToId);
        if (root.Query.Length == 0 && root.Fragment.Length == 0)
        {
            // The root ends in '/' and the escaped ids hold no '/', '?' or '#': resolving the path against it is appending
            // it, so the URL is built in one string, not a path then a combined copy (ActivitiesUrlTests).
            return new Uri(reply is null
                ? string.Concat(root.AbsoluteUri, "v3/conversations/", id, "/activities")
                : string.Concat(root.AbsoluteUri, "v3/conversations/", id, "/activities/", reply));
        }

        return new Uri(root, $"v3/conversations/{id}/activities{(reply is null ? "" : "/" + reply)}");
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

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Connector not reached ({Why})")]
    private static partial void LogUnreachable(ILogger logger, string why);
}
