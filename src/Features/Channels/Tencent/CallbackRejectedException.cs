using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>A callback that must be refused with a 4xx; <see cref="Reason"/> says which.</summary>
public sealed class CallbackRejectedException : Exception
{
    public CallbackRejectedException()
    {
    }

    public CallbackRejectedException(string message)
        : base(message)
    {
    }

    public CallbackRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CallbackRejectedException(CallbackRejection reason)
        : base(reason.ToString()) => Reason = reason;

    public CallbackRejectedException(CallbackRejection reason, Exception innerException)
        : base(reason.ToString(), innerException) => Reason = reason;

    public CallbackRejection Reason { get; }

    /// <summary>The HTTP status to answer with: WeChat and WeCom do not retry a 4xx.</summary>
    public int StatusCode => Reason switch
    {
        CallbackRejection.BadSignature or CallbackRejection.WrongReceiver => StatusCodes.Status403Forbidden,
        CallbackRejection.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };
}
