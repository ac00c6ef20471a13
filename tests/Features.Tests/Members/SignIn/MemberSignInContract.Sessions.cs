using System.Net;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.SignIn;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Members.SignIn;

/// <summary>Sessions after sign-in: signing out everywhere, deactivation, and tokens the secret issued.</summary>
public abstract partial class MemberSignInContract
{
    [Fact]
    public async Task Signing_out_everywhere_ends_every_token_and_stream_at_once()
    {
        var (session, conversationId, token, socket) = await SignInWithStreamAsync();
        using (socket)
        {
            using var signOut = await MemberPostAsync(session, "api/members/session/signout-everywhere");
            Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
            await AssertClosedAsync(socket);
        }

        await AssertEndedAsync(session, conversationId, token);
        Clock.Advance(TimeSpan.FromSeconds(60));
        var again = await Host.SignInMemberAsync(Number, Name);
        using var groups = await MemberGetAsync(again, "api/members/groups");
        Assert.Equal(HttpStatusCode.OK, groups.StatusCode);
    }

    [Fact]
    public async Task Deactivating_a_member_fails_their_tokens_at_once_and_closes_their_stream()
    {
        var (session, conversationId, token, socket) = await SignInWithStreamAsync();
        using (socket)
        {
            await Host.Services.GetRequiredService<IMemberRoster>().SetStatusAsync(Number, MemberStatus.Deactivated, CancellationToken.None);
            await AssertEndedAsync(session, conversationId, token);
            await AssertClosedAsync(socket);
        }
    }

    [Fact]
    public async Task A_token_the_secret_issued_for_a_rostered_member_does_not_speak_for_them()
    {
        var client = new DirectLineClient(Host, DirectLineClient.Secret);
        var (_, forged) = await client.GenerateAsync("dl_" + Number, Name);
        var (_, visitor) = await client.GenerateAsync("dl_visitor7", "访客");

        using var refused = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", forged);
        using var allowed = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", visitor);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(allowed.IsSuccessStatusCode);
    }
}
