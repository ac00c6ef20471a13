using EngageBot.Bot.Tests.Groups;
using EngageBot.TestKit;

namespace EngageBot.Bot.Tests.Dialogs;

/// <summary>A flow saved by an older build: restarted politely, never an error loop.</summary>
public sealed class DialogUpgradeTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
    private readonly string _database = BotHost.NewDatabasePath();
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        await using var before = await DialogFlowTests.StartAsync(_database, TrialDialog.Create(version: 1), _clock);
        var chat = new ConversationScript(before, _sink.ServiceUrl);
        await chat.SendAsync("体验课登记");
        await chat.ExpectAsync("1", "请留一个手机号");
    }

    public Task DisposeAsync() => _sink.DisposeAsync().AsTask();

    [Fact]
    public async Task A_saved_dialog_that_no_longer_exists_is_dropped_with_an_apology_and_the_message_answered()
    {
        await using var after = await DialogFlowTests.StartAsync(_database, dialog: null, _clock);
        var chat = new ConversationScript(after, _sink.ServiceUrl);

        await chat.ExpectAsync("孩子喂奶的地方", "刚才的对话接不上了", "母婴关爱室");
        var next = await chat.ExpectAsync("你好", "有什么可以帮您");
        Assert.DoesNotContain("接不上", ConversationScript.Text(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_dialog_of_an_older_version_restarts_at_the_top()
    {
        await using var after = await DialogFlowTests.StartAsync(_database, TrialDialog.Create(version: 2), _clock);
        var chat = new ConversationScript(after, _sink.ServiceUrl);

        await chat.ExpectAsync("13800138000", "接不上了，我们从头开始吧", "想体验哪个俱乐部？");
        await chat.ExpectAsync("2", "请留一个手机号");
    }
}
