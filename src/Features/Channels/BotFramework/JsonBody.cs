using System.Text.Json.Serialization.Metadata;
using EngageBot.Features.Http;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// Reads an API's JSON request body through <see cref="JsonBodyReader"/>; anything refused becomes a problem the
/// caller can read and fix, instead of an empty 400 from model binding.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var read = await JsonBodyReader.ReadAsync(request, type, MaxBytes, cancellationToken);
        return read.Body is { } body
            ? (body, null)
            : (null, read.Failure == BodyFailure.TooLarge ? BadRequest(read.Detail) : BodyProblems.For(read)); // API bodies: 400 when too large, as before
    }

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
