using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EngageBot.Core.Protocol;

/// <summary>
/// Writes an activity as <see cref="ProtocolJson"/> does, byte for byte, without the serializer's metadata walk. Every
/// protocol type keeps unknown fields in <c>[JsonExtensionData]</c>, and with that the source generator gives none of
/// them a fast path: each transcript row went through the reflection-shaped object converter (~4 % of service CPU on
/// the realistic mix, bench/README.md "Thirteenth session, branch cpu16"). Same contract: camelCase names in
/// declaration order, nulls omitted, extension data last, timestamps as <see cref="UtcTimestampConverter"/> writes
/// them, the context's encoder. ActivityWriterTests compares the two on full and sparse activities.
/// </summary>
public static class ActivityWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = ProtocolJson.Default.Options.Encoder };

    // Stored rows: Chinese written as itself (3 bytes in UTF-8) instead of \uXXXX (6 bytes); HTML-sensitive characters
    // stay escaped (ApiJson.Encoder).
    private static readonly JsonWriterOptions StorageOptions = new() { Encoder = Json.ApiJson.Encoder };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The activity's JSON, equal to <c>JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity)</c>.</summary>
    public static string Serialize(Activity activity)
    {
        var buffer = WriteToBuffer(activity);
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Release(buffer);
        return json;
    }

    /// <summary>
    /// The activity's JSON for a stored row (the transcript, a parked reply): the same JSON with non-ASCII text written
    /// as itself, not <c>\uXXXX</c>. A Chinese reply's row is about a third smaller, and so is the WAL every turn's commit
    /// waits for (bench/README.md, "Seventeenth session"); readers parse it, so either form reads the same.
    /// </summary>
    public static string SerializeForStorage(Activity activity)
    {
        var buffer = WriteToBuffer(activity, StorageOptions);
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Release(buffer);
        return json;
    }

    /// <summary>The UTF-8 bytes of <see cref="SerializeForStorage"/>'s JSON, for a row bound as bytes (<c>StoredJson</c>).</summary>
    public static byte[] SerializeForStorageToUtf8Bytes(Activity activity)
    {
        var buffer = WriteToBuffer(activity, StorageOptions);
        var json = buffer.WrittenSpan.ToArray();
        Release(buffer);
        return json;
    }

    /// <summary>The activity's UTF-8 JSON, equal to <c>JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity)</c>.</summary>
    public static byte[] SerializeToUtf8Bytes(Activity activity)
    {
        var buffer = WriteToBuffer(activity);
        var json = buffer.WrittenSpan.ToArray();
        Release(buffer);
        return json;
    }

    /// <summary>Writes the activity into the thread's buffer; its contents are read before the thread's next call.</summary>
    private static ArrayBufferWriter<byte> WriteToBuffer(Activity activity, JsonWriterOptions? options = null)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, options ?? Options))
        {
            Write(writer, activity);
        }

        return buffer;
    }

    private static void Release(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > 64 * 1024)
        {
            _buffer = null; // an unusually large activity: do not keep its buffer for the thread's lifetime
        }
    }

    public static void Write(Utf8JsonWriter writer, Activity activity)
    {
        writer.WriteStartObject();
        Text(writer, "type", activity.Type);
        Text(writer, "id", activity.Id);
        if (activity.Timestamp is { } timestamp)
        {
            writer.WritePropertyName("timestamp");
            UtcTimestampConverter.WriteTimestamp(writer, timestamp);
        }

        if (activity.LocalTimestamp is { } local)
        {
            writer.WriteString("localTimestamp", local);
        }

        Text(writer, "localTimezone", activity.LocalTimezone);
        Text(writer, "channelId", activity.ChannelId);
        Text(writer, "serviceUrl", activity.ServiceUrl);
        Account(writer, "from", activity.From);
        Conversation(writer, activity.Conversation);
        Account(writer, "recipient", activity.Recipient);
        Text(writer, "replyToId", activity.ReplyToId);
        Text(writer, "textFormat", activity.TextFormat);
        Text(writer, "attachmentLayout", activity.AttachmentLayout);
        Array(writer, "membersAdded", activity.MembersAdded, Account);
        Array(writer, "membersRemoved", activity.MembersRemoved, Account);
        Text(writer, "locale", activity.Locale);
        Text(writer, "text", activity.Text);
        Text(writer, "speak", activity.Speak);
        Text(writer, "inputHint", activity.InputHint);
        Text(writer, "summary", activity.Summary);
        Suggested(writer, activity.SuggestedActions);
        Array(writer, "attachments", activity.Attachments, Attachment);
        Array(writer, "entities", activity.Entities, Entity);
        Element(writer, "channelData", activity.ChannelData);
        Element(writer, "value", activity.Value);
        Text(writer, "name", activity.Name);
        Text(writer, "code", activity.Code);
        Text(writer, "deliveryMode", activity.DeliveryMode);
        Extension(writer, activity.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Element(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    private static void Extension(Utf8JsonWriter writer, Dictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static void Account(Utf8JsonWriter writer, string name, ChannelAccount? account)
    {
        if (account is not null)
        {
            writer.WritePropertyName(name);
            Account(writer, account);
        }
    }

    private static void Account(Utf8JsonWriter writer, ChannelAccount? account)
    {
        if (account is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Text(writer, "id", account.Id);
        Text(writer, "name", account.Name);
        Text(writer, "aadObjectId", account.AadObjectId);
        Text(writer, "role", account.Role);
        Extension(writer, account.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Conversation(Utf8JsonWriter writer, ConversationAccount? conversation)
    {
        if (conversation is null)
        {
            return;
        }

        writer.WriteStartObject("conversation");
        Text(writer, "id", conversation.Id);
        Text(writer, "name", conversation.Name);
        if (conversation.IsGroup is { } isGroup)
        {
            writer.WriteBoolean("isGroup", isGroup);
        }

        Text(writer, "conversationType", conversation.ConversationType);
        Text(writer, "tenantId", conversation.TenantId);
        Extension(writer, conversation.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Suggested(Utf8JsonWriter writer, SuggestedActions? suggested)
    {
        if (suggested is null)
        {
            return;
        }

        writer.WriteStartObject("suggestedActions");
        Array(writer, "to", suggested.To, static (w, id) => w.WriteStringValue(id));
        Array(writer, "actions", suggested.Actions, CardAction);
        writer.WriteEndObject();
    }

    private static void CardAction(Utf8JsonWriter writer, CardAction? action)
    {
        if (action is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Text(writer, "type", action.Type);
        Text(writer, "title", action.Title);
        Element(writer, "value", action.Value);
        Text(writer, "text", action.Text);
        Text(writer, "displayText", action.DisplayText);
        Text(writer, "image", action.Image);
        Extension(writer, action.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Attachment(Utf8JsonWriter writer, Attachment? attachment)
    {
        if (attachment is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Text(writer, "contentType", attachment.ContentType);
        Text(writer, "contentUrl", attachment.ContentUrl);
        Element(writer, "content", attachment.Content);
        Text(writer, "name", attachment.Name);
        Text(writer, "thumbnailUrl", attachment.ThumbnailUrl);
        Extension(writer, attachment.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Entity(Utf8JsonWriter writer, Entity? entity)
    {
        if (entity is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        Text(writer, "type", entity.Type);
        Account(writer, "mentioned", entity.Mentioned);
        Text(writer, "text", entity.Text);
        Extension(writer, entity.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>A list property: omitted when null, as the serializer does; each item by <paramref name="item"/>.</summary>
    private static void Array<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> item)
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in items)
        {
            item(writer, value);
        }

        writer.WriteEndArray();
    }
}
