using System.Data.Common;
using EngageBot.Core.Protocol;
using EngageBot.Features.Outbox;
using EngageBot.Features.Tests.Notices;
using EngageBot.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>An in-process channel: appends to a table inside the outbox's transaction; can be told to fail.</summary>
internal sealed class TableChannel : ITransactionalActivitySender
{
    public int FailOnAppend { get; set; } = -1;

    public int Appends { get; private set; }

    public List<string> Published { get; } = [];

    public bool Handles(ConversationReference reference) => reference.ChannelId == "emulator";

    /// <summary>A scheduler harness whose "emulator" conversations are this in-process channel, its table created.</summary>
    public static async Task<(SchedulerHarness Harness, TableChannel Channel)> StartAsync(DateTimeOffset now, int failOnAppend = -1)
    {
        var channel = new TableChannel { FailOnAppend = failOnAppend };
        var harness = await SchedulerHarness.StartAsync(now, configure: s => s.AddSingleton<ITransactionalActivitySender>(channel));
        await CreateTableAsync(harness.Get<IDatabase>());
        return (harness, channel);
    }

    /// <summary>What a restart does: every claim left is released, and a new dispatcher sends what waits.</summary>
    public static async Task RestartDispatcherAsync(SchedulerHarness harness, DateTimeOffset now)
    {
        await harness.Get<OutboxStore>().ReleaseAsync(null, now, CancellationToken.None);
        await harness.DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(harness.Services));
    }

    /// <summary>Each of <paramref name="count"/> conversations got exactly one activity, appended and published once.</summary>
    public void AssertOncePerConversation(SchedulerHarness harness, int count)
    {
        Assert.Equal(count, harness.Scalar("SELECT COUNT(*) FROM test_inbox"));
        Assert.Equal(count, harness.Scalar("SELECT COUNT(DISTINCT conversation) FROM test_inbox"));
        Assert.Equal(count, Published.Count);
        Assert.Empty(harness.Sink.Sent); // nothing went the external way
    }

    /// <summary>The table the channel appends to (one row per delivered activity).</summary>
    public static Task CreateTableAsync(IDatabase database) => database.WriteAsync(async (c, t) =>
    {
        await using var create = c.Command("CREATE TABLE test_inbox (conversation TEXT NOT NULL, text TEXT NOT NULL)", t);
        return await create.ExecuteNonQueryAsync();
    }, CancellationToken.None);

    public async Task<string> AppendAsync(ConversationReference reference, Activity activity, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (Appends++ == FailOnAppend)
        {
            throw new IOException("disk full");
        }

        await using var insert = connection.Command("INSERT INTO test_inbox (conversation, text) VALUES (@c, @t)", transaction)
            .With("@c", reference.Conversation.Id).With("@t", activity.Text);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return "id";
    }

    public Task PublishCommittedAsync(IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken)
    {
        lock (Published)
        {
            Published.AddRange(references.Select(r => r.Conversation.Id!));
        }

        return Task.CompletedTask;
    }
}
