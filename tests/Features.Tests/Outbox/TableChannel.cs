using System.Data.Common;
using EngageBot.Core.Protocol;
using EngageBot.Features.Outbox;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Tests.Outbox;

/// <summary>An in-process channel: appends to a table inside the outbox's transaction; can be told to fail.</summary>
internal sealed class TableChannel : ITransactionalActivitySender
{
    public int FailOnAppend { get; set; } = -1;

    public int Appends { get; private set; }

    public List<string> Published { get; } = [];

    public bool Handles(ConversationReference reference) => reference.ChannelId == "emulator";

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
