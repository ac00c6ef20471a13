using System.Text.Json;
using EngageBot.Features.Channels.Tencent;

namespace EngageBot.Features.Channels.WeCom.AiBot;

/// <summary>Where a robot message was written: a group chat that @mentioned the robot, or a 1:1 chat with it.</summary>
public enum AiBotChatType
{
    OneToOne,
    Group,
}

/// <summary>
/// One decrypted robot callback: a message (接收消息, doc 100719: <c>msgid</c>, <c>aibotid</c>, <c>chatid</c>,
/// <c>chattype</c>, <c>from.userid</c>, <c>response_url</c>, <c>msgtype</c> and <c>text.content</c>), a stream
/// refresh (<c>stream.id</c>), or an event (接收事件, doc 101027: <c>msgtype</c> "event", <c>event.eventtype</c>, and
/// for a card press <c>event.template_card_event.event_key</c> / <c>task_id</c>). Other types keep only their type.
/// </summary>
public sealed record AiBotMessage(
    string MsgType, string? MsgId, string? AiBotId, string? ChatId, AiBotChatType ChatType, string? UserId, string? Text, string? StreamId)
{
    public const string TextType = "text";
    public const string StreamType = "stream";
    public const string EventType = "event";
    public const string EnterChat = "enter_chat";
    public const string CardEvent = "template_card_event";

    /// <summary>Where replies outside the stream go (one use, one hour; doc 101138).</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>An event's <c>eventtype</c>.</summary>
    public string? Event { get; init; }

    /// <summary>The pressed button's key (a card press).</summary>
    public string? EventKey { get; init; }

    /// <summary>Reads the plaintext JSON; malformed JSON or a message or event without its ids is refused (400).</summary>
    public static AiBotMessage Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "msgtype") is not { Length: > 0 } type)
            {
                throw new CallbackRejectedException(CallbackRejection.Missing);
            }

            var chatType = Str(root, "chattype") == "group" ? AiBotChatType.Group : AiBotChatType.OneToOne;
            var userId = root.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? Str(from, "userid") : null;
            var eventType = Inner(root, "event", "eventtype");
            var message = new AiBotMessage(type, Str(root, "msgid"), Str(root, "aibotid"), Str(root, "chatid"), chatType, userId,
                Inner(root, "text", "content"), Inner(root, "stream", "id"))
            {
                ResponseUrl = Str(root, "response_url"),
                Event = eventType,
                EventKey = eventType == CardEvent && root.GetProperty("event").TryGetProperty(CardEvent, out var press)
                    && press.ValueKind == JsonValueKind.Object ? Str(press, "event_key") : null,
            };
            var identified = message is { MsgId.Length: > 0, UserId.Length: > 0 }
                && (chatType == AiBotChatType.OneToOne || message.ChatId is { Length: > 0 });
            var complete = type switch
            {
                TextType => identified && message.Text is not null,
                StreamType => message.StreamId is { Length: > 0 },
                EventType => identified && eventType is { Length: > 0 } && (eventType != CardEvent || message.EventKey is { Length: > 0 }),
                _ => true,
            };
            return complete ? message : throw new CallbackRejectedException(CallbackRejection.Missing);
        }
        catch (JsonException ex)
        {
            throw new CallbackRejectedException(CallbackRejection.Malformed, ex);
        }
    }

    private static string? Inner(JsonElement root, string objectName, string field) =>
        root.TryGetProperty(objectName, out var inner) && inner.ValueKind == JsonValueKind.Object ? Str(inner, field) : null;

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
