using System.Net;
using EngageBot.Core.State;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.SignUps;

/// <summary>
/// Issue 16: a member's turn in a new 1:1 conversation does not rewrite their state row only to remember that
/// conversation (sign-ups from a group find it by its stored reference instead); a change the member made still is.
/// </summary>
public sealed class NewDirectConversationStateTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task A_new_one_to_one_conversation_leaves_the_members_state_row_as_it_was_and_a_new_language_is_still_written()
    {
        await AskAsync("帮助", "dm-a");
        var first = await UserStateAsync();

        await AskAsync("帮助", "dm-b");
        await AskAsync("帮助", "dm-c");
        Assert.Equal(first.ETag, (await UserStateAsync()).ETag);

        await AskAsync("help", "dm-d");
        Assert.NotEqual(first.ETag, (await UserStateAsync()).ETag);
    }

    private async Task<StoredState> UserStateAsync()
    {
        var key = StateKeys.User(new MemberKey("emulator", "member-x"));
        var read = await _bot.Services.GetRequiredService<IStateStore>().ReadAsync([key], CancellationToken.None);
        return Assert.Single(read.Values);
    }

    private async Task AskAsync(string text, string conversationId)
    {
        using var response = await _bot.PostActivityAsync(Activities.Message(_sink.ServiceUrl, text, conversationId, userId: "member-x"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _sink.NextAsync();
    }
}
