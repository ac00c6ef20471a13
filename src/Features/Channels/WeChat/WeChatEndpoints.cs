using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.Tencent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// <c>GET /api/wechat</c> answers WeChat's server URL check; <c>POST /api/wechat</c> receives messages and events and
/// answers with a passive reply, or <c>success</c> (WeChat's "received, nothing to say"). The off switch and the
/// 4xx for bad input are <see cref="CallbackEndpoints"/>'.
/// </summary>
public static class WeChatEndpoints
{
    private const string Success = "success";

    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        app.MapCallback<WeChatOptions, WeChatCallback>("/api/wechat").MapPost(string.Empty, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, WeChatCallback callback, WeChatTurns turns, IOptions<WeChatOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var inbound = await callback.ReadAsync(http.Request, cancellationToken);
        var activity = WeChatActivityMapper.Map(inbound.Fields);
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
}
