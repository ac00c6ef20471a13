using EngageBot.Core.State;
using System.Collections.Concurrent;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Outbox;

/// <summary>
/// The conversations that have messages waiting in the outbox, kept in memory so a turn can ask without a
/// query. A hold is taken after the row is written and let go only when the outbox has nothing left waiting
/// for the conversation; the version check makes a hold taken meanwhile survive the release.
/// </summary>
public sealed class OutboxHolds(IDatabase database)
{
    private readonly ConcurrentDictionary<ConversationKey, long> _held = new();
    private long _version;

    public bool IsHolding(ConversationKey conversation) => _held.ContainsKey(conversation);

    /// <summary>Called once the message's row committed.</summary>
    public void Hold(ConversationKey conversation) => _held[conversation] = Interlocked.Increment(ref _version);

    /// <summary>At start-up: every conversation with messages left waiting by an earlier run.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReadAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT DISTINCT reference_key FROM outbox WHERE kind = 'message' AND status IN ('pending', 'sending') AND reference_key IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Hold(ConversationKey.Parse(reader.GetString(0)));
        }
    }

    /// <summary>Lets go of the holds on these conversations whose outbox rows are all done.</summary>
    public async Task ReleaseDrainedAsync(IEnumerable<ConversationKey?> conversations, CancellationToken cancellationToken)
    {
        foreach (var key in conversations.OfType<ConversationKey>().Distinct())
        {
            if (!_held.TryGetValue(key, out var version))
            {
                continue;
            }

            await using var connection = await database.OpenReadAsync(cancellationToken);
            await using var command = connection.Command(
                "SELECT COUNT(*) FROM outbox WHERE reference_key = @k AND status IN ('pending', 'sending')").With("@k", key.Format());
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                _held.TryRemove(new KeyValuePair<ConversationKey, long>(key, version));
            }
        }
    }
}
