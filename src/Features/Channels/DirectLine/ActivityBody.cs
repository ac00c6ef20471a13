using EngageBot.Core.Protocol;
using EngageBot.Features.Http;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Reads a posted activity through <see cref="InboundActivity"/>; a refusal is a Direct Line error.</summary>
public static class ActivityBody
{
    public const int MaxBytes = InboundActivity.MaxBytes;

    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var read = await InboundActivity.ReadAsync(request, ActivityFields.Type, cancellationToken);
        return read.Body is { } activity ? (activity, null) : (null, read.Failure switch
        {
            BodyFailure.NotJson => DirectLineErrors.Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", read.Detail),
            BodyFailure.TooLarge => DirectLineErrors.TooBig(read.Detail),
            BodyFailure.MissingFields => DirectLineErrors.MissingProperty(read.Detail),
            _ => DirectLineErrors.BadSyntax(read.Detail),
        });
    }
}
