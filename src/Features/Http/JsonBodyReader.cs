using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Http;

/// <summary>
/// The one reader of JSON request bodies (activities on every channel endpoint, and every API's requests): JSON
/// content type, at most a given size whether or not Content-Length is sent, through a source-generated contract.
/// </summary>
public static class JsonBodyReader
{
    public static async Task<BodyRead<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new BodyRead<T>(BodyFailure.NotJson, "Send the body as application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge<T>(maxBytes);
        }

        // A pooled buffer sized to Content-Length (when sent): no per-request chunk or MemoryStream garbage.
        var declared = request.ContentLength ?? 0;
        var buffer = ArrayPool<byte>.Shared.Rent(declared > 0 ? (int)declared + 1 : Math.Min(16 * 1024, maxBytes + 1));
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return TooLarge<T>(maxBytes);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return JsonSerializer.Deserialize(buffer.AsSpan(0, length), type) is { } body
                ? new BodyRead<T>(body)
                : new BodyRead<T>(BodyFailure.Malformed, "The body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            return new BodyRead<T>(BodyFailure.Malformed, $"The body is not valid JSON for this request: {ex.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static BodyRead<T> TooLarge<T>(int maxBytes)
        where T : class =>
        new BodyRead<T>(BodyFailure.TooLarge, $"The body may be at most {maxBytes / 1024} KiB.");
}
