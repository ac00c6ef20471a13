using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.Tencent;

/// <summary>
/// The shell WeChat and WeCom callbacks share. Both routes answer 404 while the channel is off; a refused callback
/// (<see cref="CallbackRejectedException"/>) is logged by reason and answered with its 4xx, which neither platform
/// retries, and nothing runs. The GET is the platform's URL check, answered with what the verifier returns.
/// </summary>
public static partial class CallbackEndpoints
{
    /// <summary>Maps the GET URL check at <paramref name="pattern"/>; map the POST on the returned group.</summary>
    public static RouteGroupBuilder MapCallback<TOptions, TCallback>(this IEndpointRouteBuilder app, string pattern)
        where TOptions : class, ICallbackChannelOptions
        where TCallback : ICallbackVerifier
    {
        var group = app.MapGroup(pattern).DisableAntiforgery().ExcludeFromDescription();
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var options = factory.ApplicationServices.GetRequiredService<IOptions<TOptions>>();
            var logger = factory.ApplicationServices.GetRequiredService<ILogger<TCallback>>();
            return async invocation =>
            {
                if (!options.Value.Enabled)
                {
                    return Results.NotFound();
                }

                try
                {
                    return await next(invocation);
                }
                catch (CallbackRejectedException ex)
                {
                    var request = invocation.HttpContext.Request;
                    LogRejected(logger, request.Method, request.Path, ex.Reason);
                    return Results.StatusCode(ex.StatusCode);
                }
            };
        });
        group.MapGet(string.Empty, (HttpRequest request, TCallback callback) => Results.Text(callback.VerifyUrl(request.Query), "text/plain"));
        return group;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Callback {Method} {Path} refused: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, PathString path, CallbackRejection reason);
}
