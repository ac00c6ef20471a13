using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Channels.WeCom.AiBot;
using EngageBot.Features.Channels.WeCom.Robots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom;

/// <summary>
/// <c>GET /api/wecom/callback</c> answers WeCom's URL check with the decrypted echostr; <c>POST</c> receives
/// encrypted messages and events, runs the turn (its replies leave through message/send) and answers empty.
/// The off switch and the 4xx for bad input are <see cref="CallbackEndpoints"/>'.
/// </summary>
public static class WeComEndpoints
{
    public static IEndpointRouteBuilder MapWeCom(this IEndpointRouteBuilder app)
    {
        app.MapCallback<WeComOptions, WeComCallback>("/api/wecom/callback").MapPost(string.Empty, ReceiveAsync);
        app.MapWeComRobotsAdmin(); // robots are registered whether or not the app channel is on
        app.MapChannelOAuth<WeComOAuth>("/api/wecom/oauth");
        app.MapWeComAiBot();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComCallback callback, DetachedTurns turns, BoundSenders bound, WeComAutoBinding autoBinding, WeComBindPrompt bindPrompt,
        IOptions<WeComOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (WeComActivityMapper.Map(await callback.ReadAsync(request, cancellationToken)) is { } mapped)
        {
            if (mapped.From?.Id is { Length: > 0 } userId)
            {
                await autoBinding.BindIfKnownAsync(userId, cancellationToken); // a roster that names them binds them before their first turn
            }

            var activity = await bound.ActAsync(BindingChannel.WeCom, mapped, cancellationToken);
            await bindPrompt.TellIfUnboundAsync(activity, cancellationToken); // nobody the roster names: how to bind, once, ahead of the answer
            // Replies go out through message/send as the turn commits; waiting a little only keeps WeCom from retrying.
            await DetachedTurns.FinishesWithinAsync(turns.Start(activity), options.Value.CallbackWindow, clock, cancellationToken);
        }

        return Results.Text(string.Empty, "text/plain");
    }
}
