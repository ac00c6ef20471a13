using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EngageBot.Features.Handoff;

/// <summary>
/// <c>GET /api/admin/handoffs/events</c>: a Server-Sent Events stream of <see cref="HandoffAlert"/>s for the console
/// (staff only, like the rest of /api/admin). It starts with a <c>ready</c> event and sends a comment line now and
/// then so proxies keep an idle stream open; a <c>resync</c> event asks the console to reload its list (alerts from
/// other instances may have been missed while this one's listener reconnected).
/// </summary>
public static class HandoffEventsEndpoint
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public static async Task StreamAsync(HttpContext http, HandoffAlerts alerts)
    {
        var cancellationToken = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx: pass events on as they come
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var subscription = alerts.Subscribe();
        await WriteAsync(http.Response, "event: ready\ndata: {}\n\n", cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(KeepAlive);
                bool more;
                try
                {
                    more = await subscription.Reader.WaitToReadAsync(idle.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await WriteAsync(http.Response, ": keep-alive\n\n", cancellationToken);
                    continue;
                }

                if (!more)
                {
                    return;
                }

                while (subscription.Reader.TryRead(out var alert))
                {
                    var text = alert.Kind == HandoffAlertKind.Resync
                        ? "event: resync\ndata: {}\n\n"
                        : $"event: handoff\ndata: {JsonSerializer.Serialize(alert, HandoffJson.Api.HandoffAlert)}\n\n";
                    await WriteAsync(http.Response, text, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the console closed the page
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
