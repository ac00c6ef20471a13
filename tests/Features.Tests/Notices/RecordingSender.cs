using System.Collections.Concurrent;
using System.Net;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;
using EngageBot.Features.Notices;
using EngageBot.Features.Outbox;

namespace EngageBot.Features.Tests.Notices;

/// <summary>A local sink for external sends: records each (conversation, text), and can fail chosen conversations.</summary>
public sealed class RecordingSender : IActivitySender
{
    public ConcurrentQueue<(string Conversation, Activity Activity)> Sent { get; } = new();

    /// <summary>Conversation id → the status code sends to it fail with (with an optional Retry-After).</summary>
    public ConcurrentDictionary<string, (HttpStatusCode Status, TimeSpan? RetryAfter)> Failing { get; } = new();

    /// <summary>Runs before each send is recorded (a test can block or count here).</summary>
    public Func<Task>? BeforeSend { get; set; }

    public bool Handles(ConversationReference reference) => reference.ServiceUrl is not null;

    public async Task<string?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        if (BeforeSend is { } before)
        {
            await before();
        }

        if (Failing.TryGetValue(reference.Conversation.Id!, out var failure))
        {
            var ex = new HttpRequestException("sink failure", null, failure.Status);
            if (failure.RetryAfter is { } after)
            {
                ex.Data["RetryAfter"] = after;
            }

            throw ex;
        }

        Sent.Enqueue((reference.Conversation.Id!, activity));
        return Guid.NewGuid().ToString("N");
    }

    public IReadOnlyDictionary<string, int> CountsByConversation() =>
        Sent.GroupBy(s => s.Conversation).ToDictionary(g => g.Key, g => g.Count());
}
