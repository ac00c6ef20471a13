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
/// One decrypted robot callback (接收消息): <c>msgid</c>, <c>aibotid</c>, <c>chatid</c>, <c>chattype</c>,
/// <c>from.userid</c>, <c>msgtype</c> and, by type, <c>text.content</c> or a stream refresh's <c>stream.id</c>.
/// Types EngageBot does not read (image, mixed, voice, file, events) keep only their type.
/// </summary>
public sealed record AiBotMessage(
    string MsgType, string? MsgId, string? AiBotId, string? ChatId, AiBotChatType ChatType, string? UserId, string? Text, string? StreamId)
{
    public const string TextType = "text";
    public const string StreamType = "stream";

    /// <summary>Reads the plaintext JSON; malformed JSON or a text message without its ids is refused (400).</summary>
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
            var message = new AiBotMessage(type, Str(root, "msgid"), Str(root, "aibotid"), Str(root, "chatid"), chatType, userId,
                Inner(root, "text", "content"), Inner(root, "stream", "id"));
            var complete = type switch
            {
                TextType => message is { MsgId.Length: > 0, UserId.Length: > 0, Text: not null }
                    && (chatType == AiBotChatType.OneToOne || message.ChatId is { Length: > 0 }),
                StreamType => message.StreamId is { Length: > 0 },
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
