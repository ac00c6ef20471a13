using System.Data.Common;
using Stopwatch = System.Diagnostics.Stopwatch;
using EngageBot.Core.Protocol;
using EngageBot.Features.Outbox;
using Microsoft.Data.Sqlite;

namespace EngageBot.Bot.Tests.Outbox;

/// <summary>
/// Direct Line's delivery with an outage: once armed (<see cref="FailAfter"/>) and that many more appends went through,
/// every append fails for <see cref="Outage"/> (real time) with SQLite's disk I/O error, thrown inside the caller's
/// transaction as a failing write of the conversation's log would; then appends work again.
/// </summary>
internal sealed class FailingTranscript(ITransactionalActivitySender inner) : ITransactionalActivitySender
{
    private const int SqliteIoError = 10;
    private readonly Stopwatch _down = new();
    private int? _untilOutage;
    private int _failed;

    public static TimeSpan Outage { get; } = TimeSpan.FromSeconds(3);

    /// <summary>Starts the outage after <paramref name="appends"/> more appends.</summary>
    public void FailAfter(int appends)
    {
        lock (_down)
        {
            _untilOutage = appends;
        }
    }

    /// <summary>Appends refused during the outage.</summary>
    public int Failed => Volatile.Read(ref _failed);

    public bool Handles(ConversationReference reference) => inner.Handles(reference);

    public Task<string> AppendAsync(ConversationReference reference, Activity activity, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        lock (_down)
        {
            if (_untilOutage is 0 && !_down.IsRunning)
            {
                _down.Start();
            }

            if (_down.IsRunning && _down.Elapsed < Outage)
            {
                _failed++;
                throw new SqliteException("disk I/O error", SqliteIoError);
            }

            _untilOutage = _untilOutage is > 0 ? _untilOutage - 1 : _untilOutage;
        }

        return inner.AppendAsync(reference, activity, connection, transaction, cancellationToken);
    }

    public Task PublishCommittedAsync(IReadOnlyCollection<ConversationReference> references, CancellationToken cancellationToken) =>
        inner.PublishCommittedAsync(references, cancellationToken);
}
