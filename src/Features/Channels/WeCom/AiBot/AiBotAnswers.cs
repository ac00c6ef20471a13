using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>The robot's passive answers (被动回复消息, doc 101031), encrypted as the callback's answer.</summary>
public static class AiBotAnswers
{
    /// <summary>A stream message; with a template card, <c>stream_with_template_card</c> (流式消息+模板卡片回复).</summary>
    public static IResult Stream(WeComAiBotCallback callback, string nonce, string streamId, AiBotStreamState state)
    {
        var reply = new JsonObject
        {
            ["msgtype"] = state.Card is null ? "stream" : "stream_with_template_card",
            ["stream"] = new JsonObject { ["id"] = streamId, ["finish"] = state.Finished, ["content"] = state.Content },
        };
        if (state.Card is { } card)
        {
            reply["template_card"] = JsonNode.Parse(card);
        }

        return Results.Text(callback.Seal(reply, nonce), "application/json");
    }

    /// <summary>A text message: WeCom takes one only as the answer to the enter-chat event (回复欢迎语).</summary>
    public static IResult Text(WeComAiBotCallback callback, string nonce, string content) =>
        Results.Text(callback.Seal(new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = content } }, nonce), "application/json");

    /// <summary>The empty answer ("直接回复空包"): nothing to show now.</summary>
    public static IResult Empty() => Results.Text(string.Empty, "text/plain");
}
