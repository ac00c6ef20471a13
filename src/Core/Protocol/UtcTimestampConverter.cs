using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngageBot.Core.Protocol;

/// <summary>Channel timestamps are ISO-8601 in UTC ending in "Z"; accepts any offset on the way in.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset?>
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } timestamp)
        {
            WriteTimestamp(writer, timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>The timestamp as the wire has it (also for <see cref="ActivityWriter"/>).</summary>
    public static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset timestamp)
    {
        Span<char> text = stackalloc char[32];
        if (!timestamp.UtcDateTime.TryFormat(text, out var length, Format, CultureInfo.InvariantCulture))
        {
            throw new FormatException("A timestamp did not fit its wire format.");
        }

        writer.WriteStringValue(text[..length]);
    }
}
