using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members;
using Microsoft.AspNetCore.Http;

namespace EngageBot.Features.SignUps.Member;

/// <summary>
/// The signed-in member behind a member-page call, as the sign-up stores know them: the same key as the page's own
/// chat (Direct Line, <c>dl_{number}</c>), so a seat taken in chat shows on the page and the other way round; later
/// news (a waitlist promotion) goes to their 1:1 chat. Never read from the body.
/// </summary>
public sealed record MemberCaller(MemberKey Member, string DisplayName, Language Language, ConversationKey DirectChat)
{
    public static async Task<MemberCaller?> FromAsync(HttpRequest request, MemberAuthenticator auth, CancellationToken cancellationToken)
    {
        if (await auth.AuthenticateAsync(request, cancellationToken) is not { } claims)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(claims.UserName) ? "会员" + claims.UserId[^Math.Min(4, claims.UserId.Length)..] : claims.UserName.Trim();
        return new MemberCaller(new MemberKey(DirectLineChannel.ChannelId, claims.UserId), name, MemberLanguage.Of(request),
            new ConversationKey(DirectLineChannel.ChannelId, MemberIdentity.DirectConversationId(claims.UserId)));
    }

    public string LanguageCode => Language == Language.English ? "en" : "zh";

    public static IResult SignIn(HttpRequest request) =>
        MemberLanguage.Problem(request, StatusCodes.Status401Unauthorized, "Sign in", MemberLanguage.SignInAgain);
}
