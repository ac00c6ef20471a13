using System.Net;
using EngageBot.Core.State;
using EngageBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// Issue 16: on SQLite a new conversation's first turn writes its reference and no conversation state row that only
/// records it; a later serviceUrl is still written, so proactive sends go where the channel now is. Nor does a new 1:1
/// conversation rewrite the member's state row only to remember it (a sign-up from a group finds it by its reference).
/// </summary>
public sealed class ConversationReferenceWriteTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private ChannelSink _sink = null!;
    private ChannelSink _moved = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _moved = await ChannelSink.StartAsync();
        _bot = await BotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
        await _moved.DisposeAsync();
    }

    [Fact]
    public async Task A_new_conversation_stores_its_reference_without_a_conversation_state_row_and_a_moved_service_url_replaces_it()
    {
        await AskAsync(_sink, "帮助");
        var store = _bot.Services.GetRequiredService<IStateStore>();
        var conversation = new ConversationKey("emulator", "ref-1");

        Assert.Equal(_sink.ServiceUrl, (await store.GetReferenceAsync(Member, conversation, CancellationToken.None))?.ServiceUrl);
        Assert.Empty(await store.ReadAsync([StateKeys.Conversation(conversation)], CancellationToken.None));

        await AskAsync(_sink, "help");
        await AskAsync(_moved, "帮助");

        Assert.Equal(_moved.ServiceUrl, (await store.GetReferenceAsync(Member, conversation, CancellationToken.None))?.ServiceUrl);
        Assert.Equal(1, _bot.Count("conversation_references"));
    }

    [Fact]
    public async Task The_stored_reference_holds_what_a_later_send_needs_and_not_the_first_messages_id()
    {
        await AskAsync(_sink, "帮助", "ref-2");

        var stored = await _bot.Services.GetRequiredService<IStateStore>().GetReferenceAsync(Member, new ConversationKey("emulator", "ref-2"), CancellationToken.None);
        var reference = stored!.Reference;
        Assert.Equal(("ref-2", "member-x", _sink.ServiceUrl, "emulator"), (reference.Conversation.Id, reference.User?.Id, reference.ServiceUrl, reference.ChannelId));
        Assert.NotNull(reference.Bot?.Id);
        Assert.Null(reference.ActivityId); // ~50 bytes of every new conversation's row that no send reads
    }

    [Fact]
    public async Task A_new_one_to_one_conversation_leaves_the_members_state_row_as_it_was_and_a_new_language_is_still_written()
    {
        await AskAsync(_sink, "帮助", "dm-a");
        var first = await MemberStateAsync();

        await AskAsync(_sink, "帮助", "dm-b");
        await AskAsync(_sink, "帮助", "dm-c");
        Assert.Equal(first.ETag, (await MemberStateAsync()).ETag);

        await AskAsync(_sink, "help", "dm-d");
        Assert.NotEqual(first.ETag, (await MemberStateAsync()).ETag);
    }

    private async Task<StoredState> MemberStateAsync()
    {
        var key = StateKeys.User(new MemberKey("emulator", "member-x"));
        var read = await _bot.Services.GetRequiredService<IStateStore>().ReadAsync([key], CancellationToken.None);
        return Assert.Single(read.Values);
    }

    // A 1:1 chat's reference is stored under its user (layout E).
    private static readonly MemberKey Member = new("emulator", "member-x");

    private async Task AskAsync(ChannelSink sink, string text, string conversationId = "ref-1")
    {
        using var response = await _bot.PostActivityAsync(Activities.Message(sink.ServiceUrl, text, conversationId, userId: "member-x"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await sink.NextAsync();
    }
}
