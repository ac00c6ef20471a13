using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Applies staff edits over the shipped knowledge: stored first, then swapped in with
/// <see cref="IKnowledgeBase.Replace"/>, so the bot answers with them on its next turn and after a restart.
/// Edits are serialised so two staff saving at once cannot drop each other's change.
/// </summary>
public sealed partial class KnowledgeEditor(IKnowledgeBase knowledge, KnowledgeEditStore store, TimeProvider clock, ILogger<KnowledgeEditor> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Loads the stored edits and applies them (start-up). Edits for entries that no longer ship are ignored; if
    /// the edited set is no longer valid against new shipped content, the shipped knowledge stays and this is logged.
    /// </summary>
    public async Task ApplyStoredAsync(CancellationToken cancellationToken)
    {
        var edits = await store.ListAsync(cancellationToken);
        if (edits.Count == 0)
        {
            return;
        }

        var byId = edits.ToDictionary(e => e.EntryId, StringComparer.Ordinal);
        try
        {
            knowledge.Replace([.. knowledge.Current.Entries.Select(e => byId.TryGetValue(e.Id, out var edit) ? Apply(e, edit) : e)]);
            LogApplied(logger, edits.Count);
        }
        catch (InvalidDataException ex)
        {
            LogNotApplied(logger, ex);
        }
    }

    public Task<IReadOnlyList<KnowledgeEdit>> ListEditsAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Stores and applies an edit. Null when no entry has the id.</summary>
    /// <exception cref="InvalidDataException">The edited entries would not be valid knowledge; nothing changed.</exception>
    public async Task<KnowledgeEntry?> UpdateAsync(KnowledgeEdit edit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var entries = knowledge.Current.Entries;
            if (entries.FirstOrDefault(e => e.Id == edit.EntryId) is not { } entry)
            {
                return null;
            }

            var stamped = edit with { UpdatedAt = clock.GetUtcNow() };
            var changed = Apply(entry, stamped);
            List<KnowledgeEntry> next = [.. entries.Select(e => e.Id == entry.Id ? changed : e)];
            KnowledgeSnapshot.Create(next);
            await store.SaveAsync(stamped, cancellationToken);
            knowledge.Replace(next);
            return changed;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static KnowledgeEntry Apply(KnowledgeEntry entry, KnowledgeEdit edit) => entry with
    {
        Answer = new Localized(edit.AnswerZh, edit.AnswerEn),
        Questions = new LocalizedList(edit.QuestionsZh, edit.QuestionsEn),
    };

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Applied {Count} staff knowledge edits")]
    private static partial void LogApplied(ILogger logger, int count);

    [LoggerMessage(EventId = 701, Level = LogLevel.Warning, Message = "Staff knowledge edits do not fit the shipped knowledge; serving the shipped answers")]
    private static partial void LogNotApplied(ILogger logger, Exception exception);
}
