using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge.Editing;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Applies staff edits over the shipped knowledge: stored first, then swapped in with
/// <see cref="IKnowledgeBase.Replace"/>, so the bot answers with them on its next turn and after a restart.
/// Two kinds of edit: answer-and-questions edits of shipped entries (knowledge_edits), and whole entries staff
/// added, changed or retired (knowledge_entries, laid over the first by <see cref="KnowledgeComposer"/>).
/// Edits are serialised so two staff saving at once cannot drop each other's change.
/// </summary>
public sealed partial class KnowledgeEditor(
    IKnowledgeBase knowledge, KnowledgeEditStore store, KnowledgeEntryStore entries, TimeProvider clock, ILogger<KnowledgeEditor> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // The shipped entries with the answer-only edits applied; staff's whole entries go over these.
    private IReadOnlyList<KnowledgeEntry> _base = knowledge.Current.Entries;
    private Dictionary<string, StoredKnowledgeEntry> _saved = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads the stored edits and applies them (start-up). Edits for entries that no longer ship are ignored; if
    /// the edited set is no longer valid against new shipped content, the shipped knowledge stays and this is logged.
    /// </summary>
    public async Task ApplyStoredAsync(CancellationToken cancellationToken)
    {
        var edits = await store.ListAsync(cancellationToken);
        var saved = (await entries.ListAsync(cancellationToken)).ToDictionary(s => s.Entry.Id, StringComparer.Ordinal);
        if (edits.Count == 0 && saved.Count == 0)
        {
            return;
        }

        var byId = edits.ToDictionary(e => e.EntryId, StringComparer.Ordinal);
        IReadOnlyList<KnowledgeEntry> edited = [.. _base.Select(e => byId.TryGetValue(e.Id, out var edit) ? Apply(e, edit) : e)];
        try
        {
            knowledge.Replace(KnowledgeComposer.Compose(edited, saved));
            (_base, _saved) = (edited, saved);
            LogApplied(logger, edits.Count + saved.Count);
        }
        catch (InvalidDataException ex)
        {
            LogNotApplied(logger, ex);
        }
    }

    public Task<IReadOnlyList<KnowledgeEdit>> ListEditsAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Every entry staff can edit, retired ones included, with who saved it last.</summary>
    public IReadOnlyList<StoredKnowledgeEntry> Entries()
    {
        var saved = Volatile.Read(ref _saved);
        var active = knowledge.Current.Entries.Select(e => saved.TryGetValue(e.Id, out var s) ? s with { Entry = e } : new StoredKnowledgeEntry(e, false, false, default, null));
        return [.. active.Concat(saved.Values.Where(s => s.Retired))];
    }

    /// <summary>The entries the bot would answer from if <paramref name="change"/> were saved (for the preview); nothing is stored.</summary>
    /// <exception cref="InvalidDataException">The result would not be valid knowledge.</exception>
    public IReadOnlyList<KnowledgeEntry> WouldBe(StoredKnowledgeEntry change)
    {
        var next = Compose(change);
        KnowledgeValidator.ThrowIfInvalid(next);
        return next;
    }

    /// <summary>Stores and applies an answer-and-questions edit. Null when no entry has the id.</summary>
    /// <exception cref="InvalidDataException">The edited entries would not be valid knowledge; nothing changed.</exception>
    public async Task<KnowledgeEntry?> UpdateAsync(KnowledgeEdit edit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (knowledge.Current.Find(edit.EntryId) is not { } entry)
            {
                return null;
            }

            var stamped = edit with { UpdatedAt = clock.GetUtcNow() };
            var changed = Apply(entry, stamped);
            if (_saved.TryGetValue(entry.Id, out var saved))
            {
                // A whole entry staff saved would win at start-up: the answer edit goes into it instead.
                await SaveLockedAsync(new StoredKnowledgeEntry(changed, saved.Added, false, stamped.UpdatedAt, stamped.UpdatedBy), cancellationToken);
                return changed;
            }

            IReadOnlyList<KnowledgeEntry> nextBase = [.. _base.Select(e => e.Id == entry.Id ? Apply(e, stamped) : e)];
            var next = KnowledgeComposer.Compose(nextBase, _saved);
            KnowledgeSnapshot.Create(next);
            await store.SaveAsync(stamped, cancellationToken);
            knowledge.Replace(next);
            _base = nextBase;
            return changed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores and applies a whole entry (added, changed, retired or restored).</summary>
    /// <exception cref="InvalidDataException">The entries would not be valid knowledge; nothing changed.</exception>
    public async Task SaveAsync(StoredKnowledgeEntry change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await SaveLockedAsync(change with { UpdatedAt = clock.GetUtcNow() }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether the id belongs to a shipped entry (shipped entries can be changed and retired, not added again).</summary>
    public bool Ships(string id) => _base.Any(e => e.Id == id);

    public void Dispose() => _gate.Dispose();

    private async Task SaveLockedAsync(StoredKnowledgeEntry change, CancellationToken cancellationToken)
    {
        var next = Compose(change);
        KnowledgeSnapshot.Create(next);
        await entries.SaveAsync(change, cancellationToken);
        knowledge.Replace(next);
        Volatile.Write(ref _saved, new Dictionary<string, StoredKnowledgeEntry>(_saved, StringComparer.Ordinal) { [change.Entry.Id] = change });
    }

    private IReadOnlyList<KnowledgeEntry> Compose(StoredKnowledgeEntry change) =>
        KnowledgeComposer.Compose(_base, new Dictionary<string, StoredKnowledgeEntry>(_saved, StringComparer.Ordinal) { [change.Entry.Id] = change });

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
