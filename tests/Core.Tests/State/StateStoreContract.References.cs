using System.Globalization;
using EngageBot.Core.State;
using EngageBot.Infrastructure;

namespace EngageBot.Core.Tests.State;

/// <summary>The transcript and the conversation references a commit writes.</summary>
public abstract partial class StateStoreContract
{
    [Fact]
    public async Task The_transcript_pages_in_commit_order_per_conversation()
    {
        for (var i = 0; i < 5; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            await Store.CommitAsync(
                new TurnCommit(null, [], [new TranscriptEntry(new ConversationKey("emulator", "a"), "a" + n, "in", "{}"), new TranscriptEntry(new ConversationKey("emulator", "b"), "b" + n, "out", "{}")], null),
                CancellationToken.None);
        }

        var first = await Store.ReadTranscriptAsync(new ConversationKey("emulator", "a"), 0, 2, CancellationToken.None);
        var second = await Store.ReadTranscriptAsync(new ConversationKey("emulator", "a"), first[^1].Id, 2, CancellationToken.None);
        var rest = await Store.ReadTranscriptAsync(new ConversationKey("emulator", "a"), second[^1].Id, 10, CancellationToken.None);
        var end = await Store.ReadTranscriptAsync(new ConversationKey("emulator", "a"), rest[^1].Id, 10, CancellationToken.None);

        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], first.Concat(second).Concat(rest).Select(r => r.ActivityId));
        Assert.Empty(end);
        Assert.All(first, r => Assert.Equal("in", r.Direction));
        Assert.Equal(["b0", "b1"], (await Store.ReadTranscriptAsync(new ConversationKey("emulator", "b"), 0, 2, CancellationToken.None)).Select(r => r.ActivityId));
    }

    [Fact]
    public async Task A_conversation_reference_is_inserted_then_updated_in_place()
    {
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c1", "http://127.0.0.1:1/")), CancellationToken.None);
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c1", "http://127.0.0.1:2/", locale: "en-US")), CancellationToken.None);

        var reference = await Store.GetReferenceAsync(U1, new ConversationKey("emulator", "c1"), CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal("http://127.0.0.1:2/", reference.ServiceUrl);
        Assert.False(reference.IsGroup);
        Assert.Equal(new ConversationKey("emulator", "c1"), reference.Key);
        Assert.Equal(Json(Reference("emulator/c1", "http://127.0.0.1:2/", locale: "en-US").Reference), Json(reference.Reference));
        Assert.Equal(1, await CountAsync("conversation_references"));
        Assert.Equal(2, await CountAsync("reference_routes"));
        Assert.Null(await Store.GetReferenceAsync(U1, new ConversationKey("emulator", "other"), CancellationToken.None));
    }

    [Fact]
    public async Task A_group_reference_is_stored_under_the_group_and_a_chat_under_its_user()
    {
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/g1", "http://127.0.0.1:1/", isGroup: true)), CancellationToken.None);
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c1", "http://127.0.0.1:1/")), CancellationToken.None);
        var group = new ConversationKey("emulator", "g1");

        var stored = await Store.GetReferenceAsync(new MemberKey("emulator", "g1"), group, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(stored.IsGroup);
        Assert.Equal("张三", stored.Reference.User?.Name);
        Assert.Null(await Store.GetReferenceAsync(U1, group, CancellationToken.None));
        Assert.Null(await Store.GetReferenceAsync(new MemberKey("emulator", "c1"), new ConversationKey("emulator", "c1"), CancellationToken.None));
        Assert.Equal(1, await CountAsync("reference_routes"));
    }

    private static string Json(EngageBot.Core.Protocol.ConversationReference reference) =>
        System.Text.Json.JsonSerializer.Serialize(reference, EngageBot.Core.Protocol.ProtocolJson.Default.ConversationReference);

    [Fact]
    public async Task Service_urls_of_stored_references_are_listed_once_each()
    {
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c1", "http://127.0.0.1:1/")), CancellationToken.None);
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c2", "http://127.0.0.1:1/")), CancellationToken.None);
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c3", "http://127.0.0.1:3/")), CancellationToken.None);
        await Store.CommitAsync(new TurnCommit(null, [], [], Reference("emulator/c4", null)), CancellationToken.None);

        var urls = await Store.ReadServiceUrlsAsync(CancellationToken.None);

        Assert.Equal(["http://127.0.0.1:1/", "http://127.0.0.1:3/"], urls.Order(StringComparer.Ordinal));
    }
}
