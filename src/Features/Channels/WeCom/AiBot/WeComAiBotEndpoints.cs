using System.Globalization;
using System.Text.Json.Nodes;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.Tencent;
using EngageBot.Features.Channels.Tencent.Binding;
using EngageBot.Features.Groups;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>
/// <c>GET /api/wecom/aibot</c> answers the robot's URL check; <c>POST</c> receives what WeCom forwards: a text message
/// (a group message that @mentions the robot, or a 1:1 one) runs a turn as its sender, the bound member when the
/// WeCom account is bound (<see cref="BoundSenders"/>); a stream refresh reads the stream. Every answer is an
/// encrypted stream message (流式消息回复), or empty when there is nothing to say. A 接龙 command from an account
/// that is not bound runs no turn: it is told how to bind. Bad input: <see cref="CallbackEndpoints"/>' 4xx.
/// </summary>
public static class WeComAiBotEndpoints
{
    public static IEndpointRouteBuilder MapWeComAiBot(this IEndpointRouteBuilder app)
    {
        app.MapCallback<WeComAiBotOptions, WeComAiBotCallback>("/api/wecom/aibot").MapPost(string.Empty, ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComAiBotCallback callback, WeComAiBotTurns turns, AiBotStreams streams, BoundSenders bound,
        IOptions<WeComAiBotOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var message = await callback.ReadAsync(request, cancellationToken);
        var nonce = request.Query["nonce"].ToString();
        if (message.MsgType == AiBotMessage.StreamType)
        {
            // An unknown or expired stream is answered finished, so WeCom stops asking.
            var state = await streams.ReadAsync(message.StreamId!, cancellationToken) ?? new AiBotStreamState(string.Empty, Finished: true);
            return Stream(callback, nonce, message.StreamId!, state);
        }

        if (WeComAiBotMapper.Map(message, clock.GetUtcNow()) is not { } mapped)
        {
            return Empty();
        }

        var activity = await bound.ActAsync(BindingChannel.WeCom, mapped, cancellationToken);
        if (activity.ActingMember is null && activity.Conversation!.IsGroup == true && ChangesChain(activity.Text!))
        {
            return Stream(callback, nonce, AiBotStreams.IdFor(activity.Id!), new AiBotStreamState(BindText(options.Value, activity.Text!), Finished: true));
        }

        var (streamId, current) = await turns.RunAsync(activity, cancellationToken);
        return current is { Finished: true, Content.Length: 0 } ? Empty() : Stream(callback, nonce, streamId, current);
    }

    /// <summary>Joining, leaving, starting or ending a 接龙: what only a rostered member may do.</summary>
    private static bool ChangesChain(string text) =>
        GroupCommand.Parse(text)?.Kind is GroupCommandKind.StartChain or GroupCommandKind.JoinChain or GroupCommandKind.WithdrawChain or GroupCommandKind.EndChain;

    private static string BindText(WeComAiBotOptions options, string text)
    {
        var language = LanguageDetector.Detect(text) ?? Language.Chinese;
        var where = options.BindUrl.Length > 0
            ? string.Format(CultureInfo.InvariantCulture, AiBotTexts.BindAt.For(language), options.BindUrl)
            : AiBotTexts.BindInWorkbench.For(language);
        return string.Format(CultureInfo.InvariantCulture, AiBotTexts.BindFirst.For(language), where);
    }

    private static IResult Stream(WeComAiBotCallback callback, string nonce, string streamId, AiBotStreamState state) =>
        Results.Text(callback.Seal(new JsonObject
        {
            ["msgtype"] = "stream",
            ["stream"] = new JsonObject { ["id"] = streamId, ["finish"] = state.Finished, ["content"] = state.Content },
        }, nonce), "application/json");

    private static IResult Empty() => Results.Text(string.Empty, "text/plain");
}
