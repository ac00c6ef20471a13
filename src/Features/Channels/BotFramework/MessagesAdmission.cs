using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Features.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.BotFramework;

/// <summary>
/// What <c>POST /api/messages</c> refuses before a turn runs, so a refused activity changes nothing. Anonymous
/// mode (no MicrosoftAppId) answers this machine only: a loopback client with a loopback serviceUrl. The
/// built-in Direct Line channel's identities come only from its own tokens (/v3/directline), so no activity
/// here may claim its channel id. Every activity needs a serviceUrl: that is where its replies go.
/// </summary>
public static class MessagesAdmission
{
    /// <summary>A refusal of the caller itself, before its body is read; null when it may go on.</summary>
    public static IResult? RefuseClient(ChannelIdentity identity, IPAddress? client) =>
        identity.IsAnonymous && !IsLoopback(client)
            ? Problem(StatusCodes.Status403Forbidden, "Forbidden",
                "Without MicrosoftAppId this bot accepts /api/messages only from this machine (the Emulator, local tools). "
                + "To take Azure Bot Service channels, set MicrosoftAppId and MicrosoftAppPassword.")
            : null;

    /// <summary>A refusal of the activity; null when it may run.</summary>
    public static IResult? RefuseActivity(ChannelIdentity identity, Activity activity)
    {
        if (string.Equals(activity.ChannelId, DirectLineChannel.ChannelId, StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status403Forbidden, "Forbidden",
                $"The channel '{DirectLineChannel.ChannelId}' is this service's own Direct Line: its activities come only through /v3/directline with its tokens.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Problem(StatusCodes.Status400BadRequest, "Missing required fields",
                "The activity needs: serviceUrl (where the bot's replies go).");
        }

        return ServiceUrlPolicy.Allows(identity, activity)
            ? null
            : Problem(StatusCodes.Status401Unauthorized, "Unauthorized", identity.IsAnonymous
                ? "Without MicrosoftAppId the bot only answers channels on this machine (a loopback serviceUrl)."
                : "The activity's serviceUrl or channel does not match what its token was issued for.");
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: status);
}
