using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// The recognizer's reading of one message: the intent, the best knowledge entry and its score for FAQ and
/// club intents (also the topic an activity or sign-up question mentions, e.g. 瑜伽), the closest entries
/// for clarifying, and a time range when the message names one.
/// </summary>
public sealed record RecognizedIntent(
    Intent Intent,
    ScoredEntry? Top,
    IReadOnlyList<ScoredEntry> Candidates,
    TimeRange? When = null)
{
    /// <summary>
    /// True when the message is plainly about something the union bot does not cover (weather, stocks,
    /// poems…): understood, just out of scope, so it does not count as a misunderstanding.
    /// </summary>
    public bool OffTopic { get; init; }

    /// <summary>Who can help when the bot cannot (for <see cref="Intent.None"/>).</summary>
    public Referral Referral { get; init; }

    /// <summary>The action the message names and how it asks for it (a question about an action keeps it here too).</summary>
    public ActionReading? Action { get; init; }

    /// <summary>A second topic when the message asks two questions ("卡丢了怎么办？另外互助保障怎么报销？").</summary>
    public ScoredEntry? Also { get; init; }

    /// <summary>A command asked after the answered question ("12351几点有人接？或者直接给我转人工"): offered as a button after the answer.</summary>
    public Intent? AlsoCommand { get; init; }

    /// <summary>True when acting on this reading would change data without asking the member first.</summary>
    public bool Acts => Action is { Acts: true } && Intent is Intent.SignUp or Intent.CancelSignUp or Intent.CheckIn or Intent.Subscribe or Intent.Unsubscribe;

    /// <summary>A stable label for evaluation and logs: "faq:mutual-aid", "club:club-yoga", "intent:help", "none"; two questions join with "|".</summary>
    public string Label => Also is { } also ? SingleLabel + "|" + EntryLabel(also)
        : AlsoCommand is { } command ? SingleLabel + "|intent:" + command.ToString().ToLowerInvariant()
        : SingleLabel;

    private string SingleLabel => Intent switch
    {
        Intent.Faq or Intent.Club => EntryLabel(Top!),
        Intent.None => "none",
        Intent.Clarify => "clarify",
        _ => "intent:" + Intent.ToString().ToLowerInvariant(),
    };

    private static string EntryLabel(ScoredEntry entry) =>
        entry.Entry.Id == "activities" ? "intent:activities" // the activities entry answers what the Activities intent lists
        : (entry.Entry.Kind == Knowledge.KnowledgeKind.Club ? "club:" : "faq:") + entry.Entry.Id;
}
