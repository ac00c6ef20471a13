namespace EngageBot.Features.Knowledge.Learned;

/// <summary>
/// A second opinion learned from what members wrote (examples.tsv, labelled by staff) and the knowledge base's own
/// questions, synonyms and everyday words: <see cref="NaiveBayes"/> over the same features the index reads
/// (<see cref="KnowledgeIndex.QueryFeatures"/>: <see cref="TextFeatures"/> after normalising, slip correction and
/// jieba; a message's own handed over by its search), with a class for out-of-scope questions and one for commands. The
/// recognizer consults it only where its rules are unsure of a kind the examples settle: a topic answered on a topic
/// word in a question whose like the examples call out of scope, an ask-back where the examples name one entry, and a
/// fallback for want of a clear leader where the examples are all but certain of the rules' own first candidate. It
/// never chooses a command or an action.
/// </summary>
/// <remarks>
/// The bar is high (<see cref="Sure"/>): over leave-one-set-out runs on the tuning sets it turned 2.6 % of the
/// out-of-scope lines from a topic to the honest fallback at the cost of 1 in-scope line in 2,505, and answered 0.5 %
/// more in-scope lines that the rules asked back about. Where the rules fall back it answers only at
/// <see cref="Certain"/> and only the rules' first candidate (leave-one-set-out over 27 sets: 13 of 3,244 in-scope
/// lines answered, 1 of 1,299 out-of-scope lines lost); answering any entry it was sure of wherever the rules fall
/// back cost 10 points of fallback. The topic answer's out-of-scope verdict reads a second, sharper model
/// (<see cref="AnswerSmoothing"/>) at <see cref="SureAnswerIsOut"/>, the ask-back's the first at
/// <see cref="SureAskedBackIsOut"/> (session 29, leave-one-set-out over 37 sets: 11 more of 1,872 out-of-scope lines
/// fall back, in scope one line better; the same smoothing for the entry verdicts too answered out-of-scope lines).
/// </remarks>
public sealed class SecondOpinion
{
    /// <summary>How sure the model must be of an entry to answer an ask-back.</summary>
    public const double Sure = 0.99;

    /// <summary>How sure it must be that an ask-back's question is out of scope to give the honest fallback instead.</summary>
    public const double SureAskedBackIsOut = 0.95;

    /// <summary>How sure the sharper model (<see cref="AnswerSmoothing"/>) must be that a topic answer's question is out of scope to give the honest fallback.</summary>
    public const double SureAnswerIsOut = 0.9;

    /// <summary>How sure it must be of the rules' own first candidate to answer where they would fall back (commands set aside).</summary>
    public const double Certain = 0.9999;

    /// <summary>The model's smoothing: small, so a feature seen in one class only counts strongly for it.</summary>
    private const double Smoothing = 0.1;

    /// <summary>
    /// The smoothing of the model that judges a topic answer: smaller still, so the words around a topic word that
    /// staff's out-of-scope examples share ("相亲对象送什么礼物", "专业就业前景") outweigh the topic word the rules matched.
    /// </summary>
    private const double AnswerSmoothing = 0.03;

    private readonly NaiveBayes _model;
    private readonly NaiveBayes _answerModel;
    private readonly KnowledgeEntry?[] _entries; // per class; null for the out-of-scope and command classes
    private readonly KnowledgeIndex _index;
    private readonly int _outOfScope;
    private readonly int _command;
    private readonly HashSet<string> _saidOutOfScope; // staff's out-of-scope examples as read: they said so of these very words

    private SecondOpinion(NaiveBayes model, NaiveBayes answerModel, KnowledgeEntry?[] entries, KnowledgeIndex index, int outOfScope, int command, HashSet<string> saidOutOfScope)
    {
        _model = model;
        _answerModel = answerModel;
        _entries = entries;
        _index = index;
        _outOfScope = outOfScope;
        _command = command;
        _saidOutOfScope = saidOutOfScope;
    }

    /// <summary>Trains on <paramref name="examples"/> and every entry's questions, synonyms and everyday words; examples naming no current entry are skipped.</summary>
    public static SecondOpinion Train(IReadOnlyList<KnowledgeEntry> entries, KnowledgeIndex index, IEnumerable<LearnedExample> examples)
    {
        var classes = entries.Select(e => (KnowledgeEntry?)e).Append(null).Append(null).ToArray();
        var outOfScope = entries.Count;
        var command = entries.Count + 1;
        var byId = Enumerable.Range(0, entries.Count).ToDictionary(i => entries[i].Id, StringComparer.Ordinal);
        int? ClassOf(LearnedExample example) => example.Kind switch
        {
            ExampleKind.OutOfScope => outOfScope,
            ExampleKind.Command => command,
            _ => example.EntryId is { } id && byId.TryGetValue(id, out var c) ? c : null,
        };

        var taught = examples.Select(e => (e.Text, Class: ClassOf(e))).Where(e => e.Class is not null).Select(e => (e.Text, Class: e.Class!.Value));
        var own = entries.SelectMany((e, i) => e.Questions.All.Concat(e.Synonyms.All).Concat(e.Everyday.All).Select(text => (Text: text, Class: i)));
        var read = own.Concat(taught).Select(e => (index.QueryFeatures(index.Read(e.Text)), e.Class)).ToList();
        var said = examples.Where(e => e is { Taught: true, Kind: ExampleKind.OutOfScope }).Select(e => index.Read(e.Text)).ToHashSet(StringComparer.Ordinal);
        return new SecondOpinion(NaiveBayes.Train(read, classes.Length, Smoothing), NaiveBayes.Train(read, classes.Length, AnswerSmoothing), classes, index, outOfScope, command, said);
    }

    /// <summary>What the examples are sure of about a question: that it is out of scope, or the one entry it asks about (neither: both default).</summary>
    public readonly record struct Verdict(bool OutOfScope, KnowledgeEntry? Entry);

    /// <summary>
    /// What the examples are sure of about a question (as <see cref="KnowledgeIndex.Read"/> gives it), from one
    /// prediction: out of scope when staff taught these very words so (one example among hundreds does not make the
    /// model sure even of its own words) or the model is sure enough (<see cref="SureAskedBackIsOut"/>); else the entry
    /// the model is sure of, if any.
    /// </summary>
    public Verdict Settle(string normalized)
    {
        if (_saidOutOfScope.Contains(normalized))
        {
            return new Verdict(true, null);
        }

        var (c, p) = _model.Predict(_index.QueryFeatures(normalized));
        return c == _outOfScope ? new Verdict(p >= SureAskedBackIsOut, null) : p >= Sure ? new Verdict(false, _entries[c]) : default;
    }

    /// <summary>
    /// Whether a question the rules answered on a topic word is one the examples call out of scope: staff's very words,
    /// or the sharper model sure (<see cref="SureAnswerIsOut"/>). One prediction, of its own model.
    /// </summary>
    public bool AnswerIsOutOfScope(string normalized)
    {
        if (_saidOutOfScope.Contains(normalized))
        {
            return true;
        }

        var (c, p) = _answerModel.Predict(_index.QueryFeatures(normalized));
        return c == _outOfScope && p >= SureAnswerIsOut;
    }

    /// <summary>
    /// The entry the examples are all but certain a question asks about (<see cref="Certain"/>), the command class set
    /// aside (the recognizer's command rules ran first and did not match); none for words staff taught as out of scope.
    /// </summary>
    public KnowledgeEntry? CertainEntry(string normalized)
    {
        if (_saidOutOfScope.Contains(normalized))
        {
            return null;
        }

        var (c, p) = _model.Predict(_index.QueryFeatures(normalized), without: _command);
        return p >= Certain ? _entries[c] : null;
    }

    /// <summary>The examples are sure a question is out of scope (<see cref="Settle"/>).</summary>
    public bool SureOutOfScope(string normalized) => Settle(normalized).OutOfScope;

    /// <summary>The entry the examples are sure a question asks about, if any (<see cref="Settle"/>).</summary>
    public KnowledgeEntry? SureEntry(string normalized) => Settle(normalized).Entry;
}
