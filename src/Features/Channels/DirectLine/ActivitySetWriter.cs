using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Writes <c>{"activities":[…],"watermark":"n"}</c> from stored activity JSON without re-serialising it, so one
/// frame is built once and shared by every socket of a conversation.
/// </summary>
public static class ActivitySetWriter
{
    private static ReadOnlySpan<byte> Head => "{\"activities\":["u8;

    private static ReadOnlySpan<byte> WatermarkHead => "],\"watermark\":\""u8;

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
                writer.WriteString("watermark", mark.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// One activity's frame, and where the activity's UTF-8 JSON sits inside it: <see cref="Join"/> copies those bytes
    /// when a socket's backlog is merged, so a busy group encodes each activity once, not once per socket.
    /// </summary>
    public static (byte[] Frame, ReadOnlyMemory<byte> Activity) WriteOne(string json, long? watermark)
    {
        var length = Encoding.UTF8.GetByteCount(json);
        var frame = new byte[Head.Length + length + TailLength(watermark)];
        Head.CopyTo(frame);
        Encoding.UTF8.GetBytes(json, frame.AsSpan(Head.Length, length));
        WriteTail(frame.AsSpan(Head.Length + length), watermark);
        return (frame, frame.AsMemory(Head.Length, length));
    }

    /// <summary>The frame of several activities given as UTF-8 JSON (slices from <see cref="WriteOne"/>), byte for byte what <see cref="Write"/> makes.</summary>
    public static byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> activities, long? watermark)
    {
        var length = Head.Length + TailLength(watermark) + Math.Max(0, activities.Count - 1);
        foreach (var activity in activities)
        {
            length += activity.Length;
        }

        var frame = new byte[length];
        Head.CopyTo(frame);
        var at = Head.Length;
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
            {
                frame[at++] = (byte)',';
            }

            activities[i].Span.CopyTo(frame.AsSpan(at));
            at += activities[i].Length;
        }

        WriteTail(frame.AsSpan(at), watermark);
        return frame;
    }

    // "]}" or "],\"watermark\":\"n\"}"
    private static int TailLength(long? watermark) =>
        watermark is { } mark ? WatermarkHead.Length + Digits(mark) + 2 : 2;

    private static void WriteTail(Span<byte> tail, long? watermark)
    {
        if (watermark is { } mark)
        {
            WatermarkHead.CopyTo(tail);
            mark.TryFormat(tail[WatermarkHead.Length..], out var written, default, CultureInfo.InvariantCulture);
            tail[WatermarkHead.Length + written] = (byte)'"';
            tail[WatermarkHead.Length + written + 1] = (byte)'}';
        }
        else
        {
            tail[0] = (byte)']';
            tail[1] = (byte)'}';
        }
    }

    // Watermarks are never negative.
    private static int Digits(long value)
    {
        var digits = 1;
        while ((value /= 10) != 0)
        {
            digits++;
        }

        return digits;
    }
}
