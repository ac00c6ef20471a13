using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>Reads a callback's body and checks its timestamp, refusing what WeChat and WeCom never send.</summary>
public static class CallbackBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as strict UTF-8, at most <see cref="CallbackXml.MaxBodyBytes"/> bytes.</summary>
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CallbackXml.MaxBodyBytes)
        {
            throw new CallbackRejectedException(CallbackRejection.TooLarge);
        }

        var buffer = new byte[CallbackXml.MaxBodyBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        if (read > CallbackXml.MaxBodyBytes)
        {
            throw new CallbackRejectedException(CallbackRejection.TooLarge);
        }

        try
        {
            return StrictUtf8.GetString(buffer, 0, read);
        }
        catch (DecoderFallbackException ex)
        {
            throw new CallbackRejectedException(CallbackRejection.Malformed, ex);
        }
    }

    /// <summary>A query parameter that must be present and non-empty.</summary>
    public static string Required(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value : throw new CallbackRejectedException(CallbackRejection.Missing);

    /// <summary>Refuses a timestamp that is not seconds since 1970 or lies further than <paramref name="skew"/> from now.</summary>
    public static void CheckFresh(string timestamp, TimeProvider clock, TimeSpan skew)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new CallbackRejectedException(CallbackRejection.Stale);
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > skew)
        {
            throw new CallbackRejectedException(CallbackRejection.Stale);
        }
    }
}
