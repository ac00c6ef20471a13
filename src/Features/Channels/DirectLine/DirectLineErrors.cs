using EngageBot.Core.Protocol;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>Direct Line error bodies, <c>{"error":{"code","message"}}</c>, with the statuses clients act on.</summary>
public static class DirectLineErrors
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), ProtocolJson.Default.ErrorResponse, statusCode: status);

    public static IResult MissingAuthorization() => Error(StatusCodes.Status401Unauthorized, "BadArgument",
        "Send 'Authorization: Bearer <token or secret>'.");

    public static IResult Forbidden(TokenFailure failure) => failure == TokenFailure.Expired
        ? Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; get a new one.")
        : Error(StatusCodes.Status403Forbidden, "BadToken", "The token is not valid.");

    public static IResult SessionEnded() => Error(StatusCodes.Status401Unauthorized, "BadToken",
        "This sign-in has ended (signed out everywhere, or the member was deactivated); sign in again.");

    public static IResult WrongConversation() => Error(StatusCodes.Status403Forbidden, "BadToken",
        "This token belongs to another conversation.");

    public static IResult NotAMember() => Error(StatusCodes.Status403Forbidden, "BadToken",
        "You are not a member of this group (any more).");

    public static IResult SecretRequired() => Error(StatusCodes.Status403Forbidden, "BadToken",
        "Only the Direct Line secret may do this.");

    public static IResult UnknownConversation() => Error(StatusCodes.Status404NotFound, "BadArgument",
        "There is no such conversation.");

    public static IResult BadSyntax(string message) => Error(StatusCodes.Status400BadRequest, "BadSyntax", message);

    public static IResult MissingProperty(string message) => Error(StatusCodes.Status400BadRequest, "MissingProperty", message);

    public static IResult TooBig(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "BotRejectedActivity",
        "The bot could not handle the activity; it was kept and the bot may still answer.");
}
