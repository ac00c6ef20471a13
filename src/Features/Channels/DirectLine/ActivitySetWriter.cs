using System.Text.Json;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Writes <c>{"activities":[…],"watermark":"n"}</c> from stored activity JSON without re-serialising it, so one
/// frame is built once and shared by every socket of a conversation.
/// </summary>
public static class ActivitySetWriter
{
    public static byte[] Write(IReadOnlyList<LoggedActivity> activities, long? watermark)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + activities.Sum(a => a.Json.Length * 2));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (watermark is { } mark)
            {
                writer.WriteString("watermark", mark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
