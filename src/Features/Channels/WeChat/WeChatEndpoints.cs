using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeChat.Followers;
using EngageBot.Features.Channels.WeChat.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// <c>GET /api/wechat</c> answers WeChat's server URL check; <c>POST /api/wechat</c> receives messages and events and
/// answers with a passive reply, or <c>success</c> (WeChat's "received, nothing to say"); a follower bound to a member
/// writes as the member (<see cref="BoundSenders"/>). <c>/api/wechat/oauth/…</c> is web authorisation for binding.
/// The off switch and the 4xx for bad input are <see cref="CallbackEndpoints"/>'.
/// </summary>
public static class WeChatEndpoints
{
    private const string Success = "success";

    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder app)
    {
        app.MapCallback<WeChatOptions, WeChatCallback>("/api/wechat").MapPost(string.Empty, ReceiveAsync);
        app.MapWeChatMenuAdmin();
        app.MapWeChatTemplatesAdmin();
        app.MapChannelOAuth<WeChatOAuth>("/api/wechat/oauth");
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, WeChatCallback callback, WeChatTurns turns, BoundSenders bound, FollowState follow, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var inbound = await callback.ReadAsync(http.Request, cancellationToken);
        await follow.RecordAsync(inbound.Fields, cancellationToken); // (un)subscribe: whether notices may go to this openid
        if (WeChatActivityMapper.Map(inbound.Fields) is not { } activity
            || await turns.RunAsync(await bound.ActAsync(BindingChannel.WeChat, activity, cancellationToken), cancellationToken) is not { } text)
        {
            return Results.Text(Success, "text/plain");
        }

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
