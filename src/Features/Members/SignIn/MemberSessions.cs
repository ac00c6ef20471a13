using EngageBot.Features.Channels.DirectLine;
using EngageBot.Features.Members.Roster;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Opens a verified member's session: the member token for the member API and a Direct Line token for their 1:1
/// chat, both stamped with the member's current session version, so raising it ends them.
/// </summary>
public sealed class MemberSessions(DirectLineTokens tokens, IOptions<MemberSignInOptions> options)
{
    public MemberSession Open(RosterMember member, HttpRequest request)
    {
        var userId = MemberIdentity.UserId(member.MemberNumber);
        var conversationId = MemberIdentity.DirectConversationId(userId);
        return new MemberSession(
            userId,
            member.Name,
            tokens.IssueMemberToken(userId, member.Name, options.Value.SessionLifetime, member.SessionVersion),
            new DirectLineGrant(conversationId, tokens.IssueConversationToken(conversationId, userId, member.Name, member.SessionVersion), DirectLineDomain(request)));
    }

    public static string DirectLineDomain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";
}
