using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EngageBot.Features.Notices;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Reads a JSON request body through a source-generated contract; anything malformed becomes a 400 problem
/// the caller can read and fix, instead of an empty 400 from model binding.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, BadRequest($"The body is larger than {MaxBytes / 1024} KiB."));
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken);
            return body is null ? (null, BadRequest("The body must be a JSON object.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, BadRequest($"The body is not valid JSON for this request: {ex.Message}"));
        }
    }

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
