namespace EngageBot.Features.Http;

/// <summary>Why a JSON request body was refused. Each endpoint words it in its own protocol's error format.</summary>
public enum BodyFailure
{
    None,

    /// <summary>The Content-Type is not JSON (<c>application/json</c> or <c>…+json</c>): 415.</summary>
    NotJson,

    /// <summary>The body is longer than the endpoint takes.</summary>
    TooLarge,

    /// <summary>Not JSON, or not the shape this request needs (an array where an object belongs, a null).</summary>
    Malformed,

    /// <summary>Well-formed, but fields every request of this kind needs are empty.</summary>
    MissingFields,

    /// <summary>A field holds a value this request cannot take.</summary>
    InvalidField,
}

/// <summary>A request body read as <typeparamref name="T"/>, or why not (<see cref="Detail"/> says what to fix).</summary>
public readonly record struct BodyRead<T>(T? Body, BodyFailure Failure, string Detail)
    where T : class
{
    public BodyRead(T body)
        : this(body, BodyFailure.None, string.Empty)
    {
    }

    public BodyRead(BodyFailure failure, string detail)
        : this(null, failure, detail)
    {
    }
}
