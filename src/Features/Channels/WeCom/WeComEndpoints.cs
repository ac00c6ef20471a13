using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// <c>GET /api/wecom/callback</c> answers WeCom's URL check with the decrypted echostr; <c>POST</c> receives
/// encrypted messages and events, runs the turn (its replies leave through message/send) and answers empty.
/// Bad input gets a 4xx and runs nothing.
/// </summary>
public static partial class WeComEndpoints
{
    public static IEndpointRouteBuilder MapWeCom(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/wecom/callback").DisableAntiforgery().ExcludeFromDescription();
        api.MapGet(string.Empty, Verify);
        api.MapPost(string.Empty, ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpRequest request, WeComCallback callback, IOptions<WeComOptions> options, ILogger<WeComCallback> logger)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        try
        {
            return Results.Text(callback.VerifyUrl(request.Query), "text/plain");
        }
        catch (CallbackRejectedException ex)
        {
            LogRejected(logger, "GET", ex.Reason);
            return Results.StatusCode(ex.StatusCode);
        }
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComCallback callback, DetachedTurns turns, IOptions<WeComOptions> options, TimeProvider clock,
        ILogger<WeComCallback> logger, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        Activity? activity;
        try
        {
            activity = WeComActivityMapper.Map(await callback.ReadAsync(request, cancellationToken));
        }
        catch (CallbackRejectedException ex)
        {
            LogRejected(logger, "POST", ex.Reason);
            return Results.StatusCode(ex.StatusCode);
        }

        if (activity is not null)
        {
            // Replies go out through message/send as the turn commits; waiting a little only keeps WeCom from retrying.
            await DetachedTurns.FinishesWithinAsync(turns.Start(activity), options.Value.CallbackWindow, clock, cancellationToken);
        }

        return Results.Text(string.Empty, "text/plain");
    }

    [LoggerMessage(EventId = 1120, Level = LogLevel.Warning, Message = "WeCom callback ({Method}) refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, CallbackRejection reason);
}
