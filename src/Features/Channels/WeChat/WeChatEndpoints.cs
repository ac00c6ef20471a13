using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// <c>GET /api/wechat</c> answers WeChat's server URL check; <c>POST /api/wechat</c> receives messages and events and
/// answers with a passive reply, or <c>success</c> (WeChat's "received, nothing to say"). Bad input gets a 4xx,
/// which WeChat does not retry, and nothing runs.
/// </summary>
public static partial class WeChatEndpoints
{
    private const string Success = "success";

    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/wechat").DisableAntiforgery().ExcludeFromDescription();
        api.MapGet(string.Empty, Verify);
        api.MapPost(string.Empty, ReceiveAsync);
        return app;
    }

    private static IResult Verify(HttpRequest request, WeChatCallback callback, IOptions<WeChatOptions> options, ILogger<WeChatCallback> logger)
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
        HttpContext http, WeChatCallback callback, WeChatTurns turns, IOptions<WeChatOptions> options, TimeProvider clock,
        ILogger<WeChatCallback> logger, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.NotFound();
        }

        WeChatInbound inbound;
        Activity? activity;
        try
        {
            inbound = await callback.ReadAsync(http.Request, cancellationToken);
            activity = WeChatActivityMapper.Map(inbound.Fields);
        }
        catch (CallbackRejectedException ex)
        {
            LogRejected(logger, "POST", ex.Reason);
            return Results.StatusCode(ex.StatusCode);
        }

        if (activity is null)
        {
            return Results.Text(Success, "text/plain");
        }

        var reply = await turns.RunAsync(activity, cancellationToken);
        var reference = activity.GetReference();
        http.Response.OnCompleted(() =>
        {
            turns.DeliverLater(reference, reply.Later);
            return Task.CompletedTask;
        });
        if (reply.Text is null)
        {
            return Results.Text(Success, "text/plain");
        }

        var text = activity.Type == ActivityTypes.ConversationUpdate && options.Value.SignInUrl.Length > 0
            ? $"{reply.Text}\n\n<a href=\"{System.Net.WebUtility.HtmlEncode(options.Value.SignInUrl)}\">会员登录</a>"
            : reply.Text;

        var xml = CallbackXml.Write(
        [
            new("ToUserName", activity.From!.Id!),
            new("FromUserName", activity.Recipient!.Id!),
            new("CreateTime", clock.GetUtcNow().ToUnixTimeSeconds()),
            new("MsgType", "text"),
            new("Content", text),
        ]);
        return Results.Text(inbound.Encrypted ? callback.Seal(xml, http.Request.Query["nonce"].ToString()) : xml, "application/xml");
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "WeChat callback ({Method}) refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, CallbackRejection reason);
}
