using System.Text.Json;
using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Reads a posted activity: at most 256 KiB, JSON, with a <c>type</c>; otherwise a Direct Line error.</summary>
public static class ActivityBody
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooBig());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooBig());
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ProtocolJson.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadSyntax("The body is not a JSON activity."));
        }

        return activity switch
        {
            null => (null, DirectLineErrors.BadSyntax("The body must be a JSON object.")),
            { Type: null or "" } => (null, DirectLineErrors.MissingProperty("The activity needs a 'type'.")),
            _ => (activity, null),
        };
    }

    private static IResult TooBig() => DirectLineErrors.TooBig($"An activity may be at most {MaxBytes} bytes.");
}
