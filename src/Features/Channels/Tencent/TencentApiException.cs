using System.Globalization;
using System.Net;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// A WeChat or WeCom API call answered with a non-zero <c>errcode</c>. It is an <see cref="HttpRequestException"/>
/// whose status says what the outbox should do: 429/503 are retried with backoff, anything else fails for good.
/// </summary>
public sealed class TencentApiException : HttpRequestException
{
    public TencentApiException()
    {
    }

    public TencentApiException(string message)
        : base(message)
    {
    }

    public TencentApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TencentApiException(int errorCode)
        : base(string.Create(CultureInfo.InvariantCulture, $"Tencent API errcode {errorCode}"), null, StatusFor(errorCode)) =>
        ErrorCode = errorCode;

    public int ErrorCode { get; }

    /// <summary>40001 (invalid credential), 42001 (expired), 40014 (invalid access_token): fetch a new token and retry.</summary>
    public static bool IsTokenError(int errorCode) => errorCode is 40001 or 42001 or 40014;

    private static HttpStatusCode StatusFor(int errorCode) => errorCode switch
    {
        -1 => HttpStatusCode.ServiceUnavailable,                      // 系统繁忙
        45009 or 45011 or 45033 or 45047 => HttpStatusCode.TooManyRequests, // frequency and quota limits
        _ when IsTokenError(errorCode) => HttpStatusCode.ServiceUnavailable,
        45015 or 43004 => HttpStatusCode.Forbidden,                   // outside the 48-hour window; not following
        _ => HttpStatusCode.BadRequest,
    };
}
