using EngageBot.Core.Protocol;
using EngageBot.Core.State;

namespace EngageBot.Core.Turns;

/// <summary>
/// One turn: the inbound activity, its state, and the replies it produces. Replies are held here and go
/// out only after the turn's state is saved, so a turn that loses a write race says nothing.
/// </summary>
public sealed class TurnContext(
    Activity activity,
    TurnState state,
    Func<Activity, CancellationToken, Task> sendNow,
    string? replyIdPrefix = null)
{
    private readonly List<Activity> _replies = [];
    private List<StoredJson?>? _storedReplies;
    private List<Action>? _afterCommit;

    public Activity Activity { get; } = activity;

    public TurnState State { get; } = state;

    public Language Language { get; set; } = Language.Chinese;

    /// <summary>
    /// The message text that routes and prompts read: trimmed, and in groups with the bot's own @mention
    /// removed, so "@小助手 1" answers a prompt with "1".
    /// </summary>
    public string Text { get; set; } = activity.Text?.Trim() ?? string.Empty;

    public IReadOnlyList<Activity> Replies => _replies;

    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Whether the activity was found processed already when the turn's state was read (the same round trip), so the
    /// dedup middleware need not ask again; null when nobody looked.
    /// </summary>
    public bool? FoundProcessed { get; set; }

    /// <summary>Set by the dedup middleware: the key that marks this activity processed when the turn commits.</summary>
    public string? ProcessedActivityKey { get; set; }

    /// <summary>Transcript rows written with the turn's commit.</summary>
    public List<TranscriptEntry> Transcript { get; } = [];

    /// <summary>
    /// Queues a reply (sent after the turn commits). A turn whose replies are parked gives each one without an id its
    /// outbox key as its id here, so the transcript's row and the parked row hold the same activity (one serialisation).
    /// </summary>
    public void Reply(Activity reply) => _replies.Add(
        replyIdPrefix is null || reply.Id is not null || reply.Type == ActivityTypes.Typing
            ? reply
            : reply with { Id = ReplyKey(_replies.Count) });

    /// <summary>
    /// The outbox key of the reply at <paramref name="index"/> (its position among the turn's replies, typing included),
    /// and its id unless it came with one; only for a turn whose replies are parked.
    /// </summary>
    public string ReplyKey(int index) =>
        (replyIdPrefix ?? throw new InvalidOperationException("This turn's replies are not parked."))
        + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The reply at <paramref name="index"/> as stored rows hold it, written once for all of them.</summary>
    public StoredJson StoredReply(int index)
    {
        _storedReplies ??= [];
        while (_storedReplies.Count <= index)
        {
            _storedReplies.Add(null);
        }

        return _storedReplies[index] ??= StoredJson.Of(_replies[index]);
    }

    /// <summary>Queues a text reply in the member's language.</summary>
    public void Reply(Localized text) => Reply(CreateReply(text));

    /// <summary>A reply in the member's language, to adorn (buttons, cards) before queueing it.</summary>
    public Activity CreateReply(Localized text) => Activity.CreateReply(text.For(Language), Localized.Locale(Language));

    /// <summary>
    /// Runs <paramref name="action"/> once the turn's commit succeeded (its transcript rows are readable), before its
    /// replies go out; a turn that loses a write race and runs again drops it with the rest of that attempt.
    /// </summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    /// <summary>The adapter's call once the turn committed.</summary>
    internal void Committed()
    {
        if (_afterCommit is null)
        {
            return;
        }

        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>Sends at once, outside the turn's commit: only for things like typing that promise nothing.</summary>
    public Task SendNowAsync(Activity activity, CancellationToken cancellationToken) => sendNow(activity, cancellationToken);
}
