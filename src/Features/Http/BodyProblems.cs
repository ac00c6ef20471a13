using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Http;

/// <summary>A refused body as a ProblemDetails answer: 415 for a non-JSON type, 413 when too large, else 400.</summary>
public static class BodyProblems
{
    public static IResult For<T>(BodyRead<T> read)
        where T : class => read.Failure switch
    {
        BodyFailure.NotJson => Results.Problem(title: "JSON expected", detail: read.Detail, statusCode: StatusCodes.Status415UnsupportedMediaType),
        BodyFailure.TooLarge => Results.Problem(title: "Too large", detail: read.Detail, statusCode: StatusCodes.Status413PayloadTooLarge),
        BodyFailure.MissingFields => Results.Problem(title: "Missing required fields", detail: read.Detail, statusCode: StatusCodes.Status400BadRequest),
        BodyFailure.InvalidField => Results.Problem(title: "Invalid field", detail: read.Detail, statusCode: StatusCodes.Status400BadRequest),
        _ => Results.Problem(title: "Malformed JSON", detail: read.Detail, statusCode: StatusCodes.Status400BadRequest),
    };
}
