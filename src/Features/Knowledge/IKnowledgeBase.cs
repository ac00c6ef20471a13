using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge.Learned;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The union's knowledge as the bot sees it right now. Loaded from the shipped content at start-up; staff
/// editing (later, from the database) calls <see cref="Replace"/>, and every reader picks up the new
/// snapshot on its next turn without a restart.
/// </summary>
public interface IKnowledgeBase
{
    /// <summary>The current entries and their search index; immutable, safe to use for a whole turn.</summary>
    KnowledgeSnapshot Current { get; }

    /// <summary>Validates and swaps in new entries.</summary>
    /// <exception cref="InvalidDataException">The entries are incomplete or inconsistent; nothing changed.</exception>
    void Replace(IReadOnlyList<KnowledgeEntry> entries);

    /// <summary>Swaps in the learned model retrained on the shipped examples and <paramref name="taught"/> (staff's labels); the entries stay.</summary>
    void Teach(IReadOnlyList<LearnedExample> taught);

    /// <summary>
    /// Swaps made until the scope is disposed train no model one by one; the snapshot current at its end is trained once
    /// (start-up applies staff's lessons, then their edits: two swaps, one model).
    /// </summary>
    IDisposable BatchSwaps();
}
