using System.Buffers;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Reads an activity from a request body: at most 256 KiB (the Bot Framework limit), well-formed JSON, and
/// the fields every turn needs. Anything else is a problem the caller can read and fix.
/// </summary>
public static class ActivityReader
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        // A pooled buffer sized to Content-Length (when sent): no per-request 16 KiB chunk or MemoryStream garbage.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and <= MaxBytes ? (int)request.ContentLength + 1 : 16 * 1024);
        Activity? activity;
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    return (null, TooLarge());
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            activity = JsonSerializer.Deserialize(buffer.AsSpan(0, length), ProtocolJson.Default.Activity);
        }
        catch (JsonException ex)
        {
            return (null, Problem("Malformed JSON", $"The body is not a JSON activity: {ex.Message}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (activity is null)
        {
            return (null, Problem("Malformed JSON", "The body must be a JSON object."));
        }

        var missing = Missing(activity).ToList();
        if (missing.Count > 0)
        {
            return (null, Problem("Missing required fields", $"The activity needs: {string.Join(", ", missing)}."));
        }

        if (activity.ChannelId!.Contains('/', StringComparison.Ordinal))
        {
            // Keys are "{channelId}/{id}": a channel id with '/' would make one member's key read as another's.
            return (null, Problem("Invalid channelId", "A channelId must not contain '/'."));
        }

        return (activity, null);
    }

    private static IEnumerable<string> Missing(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            yield return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            yield return "channelId";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            yield return "conversation.id";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            yield return "from.id";
        }
    }

    private static IResult Problem(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static IResult TooLarge() => Results.Problem(
        title: "Activity too large",
        detail: $"An activity may be at most {MaxBytes} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
