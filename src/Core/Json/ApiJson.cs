using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EngageBot.Core.Json;

/// <summary>
/// The one encoder setting of the admin and member APIs: Chinese (every Unicode range) is written as itself, not
/// <c>\uXXXX</c>; HTML-sensitive characters (&lt; &gt; &amp; ' ") stay escaped. Source-generated contexts cannot name an
/// encoder in their attribute, so each one the endpoints use offers <c>Api</c>: itself over these options.
/// </summary>
public static class ApiJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A copy of a context's generated options with <see cref="Encoder"/>, for a new instance of that context.</summary>
    public static JsonSerializerOptions Readable(JsonSerializerOptions generated) => new(generated) { Encoder = Encoder, TypeInfoResolver = null };
}
