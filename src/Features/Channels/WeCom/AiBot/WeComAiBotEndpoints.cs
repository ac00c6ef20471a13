using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// <c>GET /api/wecom/aibot</c> answers the robot's URL check; <c>POST</c> receives what WeCom forwards: a text message
/// (a group message that @mentions the robot, or a 1:1 one) runs a turn as its sender, the bound member when the
/// WeCom account is bound (<see cref="BoundSenders"/>), answered as a stream (流式消息回复); a stream refresh reads
/// the stream; a template-card press runs the button's action, its replies through the press's response_url; the
/// enter-chat event gets a short welcome. What needs a member, from an account not bound, runs no turn
/// (<see cref="AiBotGate"/>). Bad input: <see cref="CallbackEndpoints"/>' 4xx.
/// </summary>
public static class WeComAiBotEndpoints
{
    public static IEndpointRouteBuilder MapWeComAiBot(this IEndpointRouteBuilder app)
    {
        app.MapCallback<WeComAiBotOptions, WeComAiBotCallback>("/api/wecom/aibot").MapPost(string.Empty, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComAiBotCallback callback, WeComAiBotTurns turns, AiBotStreams streams, AiBotResponses responses, BoundSenders bound,
        IOptions<WeComAiBotOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var message = await callback.ReadAsync(request, cancellationToken);
        var nonce = request.Query["nonce"].ToString();
        var responseUrl = responses.Accepts(message.ResponseUrl) ? message.ResponseUrl : null;
        switch (message.MsgType)
        {
            case AiBotMessage.StreamType:
                // An unknown or expired stream is answered finished, so WeCom stops asking.
                var state = await streams.ReadAsync(message.StreamId!, cancellationToken) ?? new AiBotStreamState(string.Empty, Finished: true);
                return AiBotAnswers.Stream(callback, nonce, message.StreamId!, state);
            case AiBotMessage.EventType when message.Event == AiBotMessage.EnterChat:
                return AiBotAnswers.Text(callback, nonce, AiBotTexts.Welcome);
            case AiBotMessage.EventType when WeComAiBotMapper.MapPress(message, clock.GetUtcNow()) is { } press:
                // A press can only be answered passively by updating the card (doc 101031): its replies go through its response_url.
                var presser = await bound.ActAsync(BindingChannel.WeCom, press, cancellationToken);
                await (AiBotGate.BindFirst(presser, options.Value) is { } bindText
                    ? turns.TellAsync(presser, bindText, responseUrl, cancellationToken)
                    : turns.RunAsync(presser, TimeSpan.Zero, responseUrl, cancellationToken));
                return AiBotAnswers.Empty();
        }

        if (WeComAiBotMapper.Map(message, clock.GetUtcNow()) is not { } mapped)
        {
            return AiBotAnswers.Empty();
        }

        var activity = await bound.ActAsync(BindingChannel.WeCom, mapped, cancellationToken);
        if (AiBotGate.BindFirst(activity, options.Value) is { } told)
        {
            return AiBotAnswers.Stream(callback, nonce, AiBotStreams.IdFor(activity.Id!), new AiBotStreamState(told, Finished: true));
        }

        var (streamId, current) = await turns.RunAsync(activity, options.Value.StreamWindow, responseUrl, cancellationToken);
        return current is { Finished: true, Content.Length: 0, Card: null } ? AiBotAnswers.Empty() : AiBotAnswers.Stream(callback, nonce, streamId, current);
    }
}
