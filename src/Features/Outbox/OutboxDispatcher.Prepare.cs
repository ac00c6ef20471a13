using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Turns;

namespace EngageBot.Features.Outbox;

/// <summary>The dispatcher's row work: a claimed row made ready to send (or failed at once), and its outcome counted.</summary>
public sealed partial class OutboxDispatcher
{
    // Static, with what it needs passed in: the primary constructor's parameters are in scope in its own declaration only.
    private static async Task<(OutboxOutcome? Outcome, ConversationReference? Reference, Activity? Activity)> PrepareAsync(
        OutboxItem item, OutboxRetryPolicy retries, IOutboxRenderer[] renderers, CancellationToken cancellationToken)
    {
        if (retries.Expired(item))
        {
            return (OutboxOutcome.Failed(item.Id, "expired"), null, null);
        }

        var reference = item.ReferenceJson is null ? null : JsonSerializer.Deserialize(item.ReferenceJson, ProtocolJson.Default.ConversationReference);
        if (reference is null)
        {
            return (OutboxOutcome.Failed(item.Id, "unreachable"), null, null);
        }

        var activity = item.Kind == OutboxKind.Message
            ? JsonSerializer.Deserialize(item.Payload ?? "null", ProtocolJson.Default.Activity)
            : renderers.FirstOrDefault(r => r.Renders(item.Kind)) is { } renderer && item.SubjectId is { } subject
                ? await renderer.RenderAsync(item.Kind, subject, reference, cancellationToken)
                : null;
        return activity is null
            ? (OutboxOutcome.Failed(item.Id, item.Kind == OutboxKind.Notice ? "notice_missing" : "subject_missing"), null, null)
            : (null, reference, activity with { Id = activity.Id ?? item.IdempotencyKey });
    }

    private static void RecordOutcomes(IReadOnlyList<OutboxItem> batch, OutboxOutcome[] recorded, DateTimeOffset now)
    {
        foreach (var outcome in recorded)
        {
            foreach (var item in batch)
            {
                if (item.Id == outcome.Id)
                {
                    OutboxMetrics.Completed(item, outcome, now);
                    break;
                }
            }
        }
    }
}
