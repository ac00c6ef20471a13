using EngageBot.Dialogs.Knowledge;
using EngageBot.Dialogs.Turns;
using EngageBot.Storage.Console;

namespace EngageBot.Bot.Console;

/// <summary>
/// Applies staff edits over the shipped knowledge: stored first, then swapped in with
/// <see cref="IKnowledgeBase.Replace"/>, so the bot answers with them on its next turn and after a restart.
/// Edits are serialised so two staff saving at once cannot drop each other's change.
/// </summary>
public sealed class KnowledgeEditor(IKnowledgeBase knowledge, KnowledgeEditStore store, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Loads the stored edits and applies them (start-up). Edits for entries that no longer ship are ignored.</summary>
    public async Task ApplyStoredAsync(CancellationToken cancellationToken)
    {
        var edits = await store.ListAsync(cancellationToken);
        if (edits.Count == 0)
        {
            return;
        }

        var byId = edits.ToDictionary(e => e.EntryId, StringComparer.Ordinal);
        knowledge.Replace([.. knowledge.Current.Entries.Select(e => byId.TryGetValue(e.Id, out var edit) ? Apply(e, edit) : e)]);
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

            var changed = Apply(entry, edit with { UpdatedAt = clock.GetUtcNow() });
            List<KnowledgeEntry> next = [.. entries.Select(e => e.Id == entry.Id ? changed : e)];
            KnowledgeSnapshot.Create(next);
            await store.SaveAsync(edit with { UpdatedAt = clock.GetUtcNow() }, cancellationToken);
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
}
