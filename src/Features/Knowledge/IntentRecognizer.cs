using EngageBot.Core.Time;
using EngageBot.Features.Dialogs;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// Slips of the knowledge base's terms corrected first (<see cref="HomophoneCorrector"/>), then rules (commands,
/// small talk, actions read by <see cref="ActionPhrases"/>, "what's on this weekend"), then TF-IDF retrieval
/// over the knowledge base, whole message and question sentences. <see cref="AnswerPolicy"/> decides between
/// answering, asking (<see cref="Intent.Clarify"/>) and an honest <see cref="Intent.None"/> with a referral.
/// </summary>
public sealed partial class IntentRecognizer(IKnowledgeBase knowledge, TimeProvider clock, IOptions<RecognizerOptions> options, UnionTime time) : IIntentRecognizer
{
    private const string HowToSignUp = "signup-howto";

    /// <summary>The office's entry: a person of the office reached for ("can I speak with someone from the union office?") is the hand-off itself.</summary>
    private const string UnionOffice = "union-office";

    /// <summary>How close behind an unnamed leader a named entry must be to lead instead.</summary>
    private const double NamedClose = 0.9;

    /// <summary>How many entries a second look ranks when the one asked about scored below the few kept.</summary>
    private const int WiderTake = 30;

    /// <summary>Where the unnamed entries a named one passed fall, as a share of its score.</summary>
    private const double PassedBehind = 0.6;

    private static readonly string[] ActivityNouns = ["活动", "课", "俱乐部", "社", "班", "讲座", "体验", "外拍", "比赛", "event", "class", "session", "club", "activity", "activities", "workshop"];

    public RecognizedIntent Recognize(string text)
    {
        var settings = options.Value;
        var snapshot = knowledge.Current;
        var index = snapshot.Index;
        var normalized = index.Read(text);
        var take = Math.Max(settings.ClarifyCount, 5);
        var candidates = Rank(index, normalized, take);
        var top = candidates.Count > 0 ? candidates[0] : null;
        var subject = OutOfScopeDetector.Subject(normalized);
        var outOfScope = subject is not null && OutOfScopeDetector.Outweighs(subject, top, settings, normalized, candidates);
        var unexplainedSubject = outOfScope ? null : OutOfScopeDetector.UnexplainedSubject(normalized, candidates, settings, index)
            ?? OutOfScopeDetector.AskedBeyondStory(text, normalized, top, settings, index, part => Rank(index, part, 5));
        if (unexplainedSubject is not null && OwnWordAsked.Outnames(normalized, unexplainedSubject, candidates))
        {
            unexplainedSubject = null; // 服务中心电话是啥: the office's own longer word holds the 服务中心 someone else may have
        }

        var unexplained = unexplainedSubject is not null;
        outOfScope |= unexplained;
        var (confident, also) = Focus(text, normalized, index, settings, AnswerPolicy.Leader(candidates, settings, outOfScope), candidates);
        if (outOfScope && confident is not null && (unexplained || confident.Score < settings.SureThreshold || OutOfScopeDetector.Outweighs(subject!, confident, settings, normalized, candidates)))
        {
            confident = null; // 网球肘, 吸奶器, 换手机: a topic word in an out-of-scope question does not make it a topic question
            also = null;
        }

        var today = time.Today(clock.GetUtcNow());
        var when = TimeExpressionParser.Parse(normalized, today);
        var action = ActionPhrases.Read(text, normalized);

        var rule = IntentRules.Match(text, normalized, action);
        var notOurs = rule switch
        {
            Intent.SignUp => action is { Weak: true } || outOfScope,
            Intent.CancelSignUp => (((outOfScope && !unexplained) || OtherMatters.Find(normalized) is not null) && !ActionPhrases.NamesSignUp(normalized))
                || ((subject ?? unexplainedSubject) is { } owner && OutOfScopeDetector.TakesSignUps(owner) && ActionPhrases.NamesSignUpOf(normalized, owner)),
            Intent.Unsubscribe => OtherMatters.Find(normalized) is not null, // "unsubscribe me from the taobao texts": another owner's messages
            Intent.MySignUps => outOfScope && !unexplained, // "我妈给我报了个婚介所 值不值": a sign-up at a business the subject lists name, asked after
            _ => false,
        };
        // A club named as a school's ("my son wants to join the school chess club") is the school's, however a union club scores.
        if (rule == Intent.SignUp && OtherMatters.SchoolsOwn(normalized) is not null)
        {
            rule = null;
        }

        if (notOurs && top?.Entry.Kind != KnowledgeKind.Club && !Phrases.Contains(normalized, ActivityNouns))
        {
            // "参加互助保障" is a question for the knowledge base, not a sign-up; "考研报名" is no union activity's; "cancel my
            // uber ride", "把爱奇艺会员退掉" call off someone else's service (an out-of-scope subject or another owner's membership), not a sign-up,
            // and so does a sign-up named as an exam's or a school's own, however the topics score
            // ("取消我的教资考试报名", "把驾校的报名取消了"); an outing's (电影, 旅游) may be the union's activity
            rule = null;
        }

        // "我报了名…想问问周日那边会不会有雾霾", "工会活动下周在望京…有啥好吃的": the sign-up or activity is told in the story,
        // someone else's matter asked after it; no listing of either
        var toldOnly = outOfScope && OutOfScopeDetector.AskedAfterStory(text, index);
        if (rule is Intent.MySignUps or Intent.Activities && toldOnly)
        {
            rule = null;
        }

        if ((rule is null or Intent.Handoff or Intent.Help) && BotItself.Asked(normalized))
        {
            // 你是真人还是机器人, who made you: small talk about the bot itself, the honest fallback (BotItself)
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = true, Action = action };
        }

        if ((rule is null && WhereToGo.Asks(normalized)) || (rule == Intent.Handoff && OthersDesk.Asked(normalized)))
        {
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = true, Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action }; // where to go for fun, someone else's service desk
        }

        (Intent? Command, ScoredEntry? Entry) Part(string part) => ReadPart(part, index, settings, today);
        if (!outOfScope && CommandPairs.Find(text, Part) is (var command, var entry, var commandFirst)
            && (rule == command || (rule is null or Intent.Declined && CommandPairs.Offered.Contains(command))))
        {
            // "我报了哪些？报了不去咋取消": the command and the question, in the order asked; an action runs only as the whole message's rule allows
            return commandFirst
                ? new RecognizedIntent(command, confident, candidates, when) { Action = action, Also = entry }
                : CommandPairs.Offered.Contains(command)
                    ? new RecognizedIntent(Answered(entry), entry, candidates, when) { Action = action, AlsoCommand = command }
                    : new RecognizedIntent(command, confident, candidates, when) { Action = action, Also = entry };
        }

        if (rule == Intent.Handoff && confident is { Evidence: > 0 } topic && !Overviews.Contains(topic.Entry.Id) && topic.Entry.Id != UnionOffice
            && (ActionPhrases.IsQuestion(text, normalized) || (text.Length > QuestionSplitter.LongMessage && !IntentRules.AsksForPersonOutright(normalized))))
        {
            // "压力大，能找个人聊聊吗", "公司不给签合同，想找人问问怎么维权", a long story ending "is there someone I can talk to,
            // like a counsellor": the topic's answer, a person offered beside it
            return new RecognizedIntent(Answered(topic), topic, candidates, when) { Action = action, AlsoCommand = Intent.Handoff };
        }

        var othersEvent = OtherMatters.VenueOfEvent(normalized) is not null;
        // No listing when someone else's venue owns the activity ("商场这周末有啥活动") or a named club leads: its answer
        // offers its upcoming activities as a button ("太极拳俱乐部最近有没有活动"); so does a topic's ("有没有相亲的活动", TopicEvents).
        if (rule == Intent.Activities && (othersEvent || (top is { Entry.Kind: KnowledgeKind.Club, Evidence: > 0 } && confident == top) || TopicEvents.Named(confident, top)))
        {
            rule = null;
        }

        if (rule is { } intent)
        {
            // "这个怎么用？另外会员卡丢了怎么补", "瑜伽我不报了，另外…": a command no pair above holds keeps the question asked beside it
            return new RecognizedIntent(intent, confident, candidates, when) { Action = action, Also = outOfScope ? null : CommandPairs.AskedBeside(text, null, candidates, Part) };
        }

        if (when is not null && !othersEvent && !toldOnly && also is null && action is not { Mode: ActionMode.Question, Action: MemberAction.SignUp } && (IntentRules.AsksWhatIsOn(normalized) || confident?.Entry.Id == "activities"))
        {
            return new RecognizedIntent(Intent.Activities, confident, candidates, when) { Action = action };
        }

        if (confident is { Entry.Id: "activities" } && when is null
            && candidates.FirstOrDefault(c => c.Entry.Kind == KnowledgeKind.Club && c.Evidence > 0 && c.Score >= settings.ClarifyThreshold * 0.5) is { } club)
        {
            confident = club; // "摄影社最近有外拍活动吗": the club's answer, which offers its upcoming activities as a button
        }

        if (confident is not null)
        {
            var kind = confident.Entry.Id == "activities" ? Intent.Activities
                : confident.Entry.Kind == KnowledgeKind.Club ? Intent.Club
                : Intent.Faq;
            if (kind != Intent.Activities && snapshot.Learned.AnswerIsOutOfScope(normalized) && !OwnWordAsked.Named(normalized, candidates))
            {
                // members' labelled out-of-scope questions outvote a topic word the rules matched (Learned/SecondOpinion)
                return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = true, Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action };
            }

            return new RecognizedIntent(kind, confident, candidates, when) { Action = action, Also = also }; // the listing answers the second question after its cards
        }

        if (action is { Mode: ActionMode.Question, Action: MemberAction.SignUp or MemberAction.CancelSignUp } && !outOfScope
            && candidates.FirstOrDefault(c => c.Entry.Id == HowToSignUp) is { } howTo)
        {
            return new RecognizedIntent(Intent.Faq, howTo, candidates, when) { Action = action }; // "报名截止是哪天": answered, never run
        }

        // "how do i use points on my store card": how to use another owner's thing is not the bot's help
        if (action is null && IntentRules.SmallTalk(normalized) is { } talk && !(talk == Intent.Help && OtherMatters.Find(normalized) is not null) && (!outOfScope || unexplained || (talk == Intent.Thanks && SideRemarks.ThanksAside(text, normalized))))
        {
            return new RecognizedIntent(talk, null, candidates, when);
        }

        var close = AnswerPolicy.Close(candidates, settings);
        var unsure = top is null || top.Score < settings.ClarifyThreshold || (normalized.Length > AnswerPolicy.TerseQuery && AnswerPolicy.OnlyGeneric(candidates, settings));
        var wouldGuess = !unsure && !outOfScope && normalized.Length > AnswerPolicy.TerseQuery && OutOfScopeDetector.AskingWouldGuess(close, candidates, normalized);
        if ((unsure || wouldGuess) && !outOfScope && top is not null && snapshot.Learned.CertainEntry(normalized) == top.Entry)
        {
            // a low score, only general entries or a guess between close ones, but the members' labelled phrasings are
            // all but certain of the rules' own first candidate: answered (Learned/SecondOpinion)
            return new RecognizedIntent(Answered(top), top, candidates, when) { Action = action, Also = CommandPairs.AskedBeside(text, top.Entry.Id, candidates, Part) };
        }

        if (top is null || unsure || outOfScope)
        {
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = outOfScope, Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action };
        }

        if (wouldGuess)
        {
            // asking "A or B?" would be a guess: the honest fallback, the offers as buttons
            return new RecognizedIntent(Intent.None, null, close, when) { Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action };
        }

        var settled = snapshot.Learned.Settle(normalized); // one prediction for both questions below
        if (settled.OutOfScope && !OwnWordAsked.Named(normalized, close))
        {
            // an ask-back on a question whose like the members' labelled phrasings call out of scope: the honest fallback
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = true, Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action };
        }

        if (settled.Entry is { } taught)
        {
            // an ask-back the members' labelled phrasings settle: answered (Learned/SecondOpinion); two close topics may be
            // two questions ("瑜伽课在哪上，能找律师吗？"), the other one asked beside the answer
            var answer = candidates.FirstOrDefault(c => c.Entry == taught) ?? new ScoredEntry(taught, top.Score);
            return new RecognizedIntent(Answered(answer), answer, candidates, when) { Action = action, Also = CommandPairs.AskedBeside(text, answer.Entry.Id, candidates, Part) };
        }

        return new RecognizedIntent(Intent.Clarify, null, close, when) { Action = action };
    }

    private static Intent Answered(ScoredEntry entry) => entry.Entry.Id == "activities" ? Intent.Activities : entry.Entry.Kind == KnowledgeKind.Club ? Intent.Club : Intent.Faq;

    /// <summary>One part of a message read alone: the command it names ("转人工", "下周有啥活动"), else the entry its question asks about.</summary>
    private static (Intent? Command, ScoredEntry? Entry) ReadPart(string part, KnowledgeIndex index, RecognizerOptions settings, DateOnly today)
    {
        var normalized = index.Read(part);
        if (normalized.Length == 0)
        {
            return (null, null);
        }

        var action = ActionPhrases.Read(part, normalized);
        var named = IntentRules.Match(part, normalized, action);
        if ((named == Intent.SignUp && action is { Weak: true }) || named is Intent.Declined)
        {
            named = null;
        }

        if (named is null && TimeExpressionParser.Parse(normalized, today) is not null && IntentRules.AsksWhatIsOn(normalized))
        {
            named = Intent.Activities;
        }

        if (named is not null)
        {
            return (named, null);
        }

        if (!ActionPhrases.IsQuestion(part, normalized) && !QuestionSplitter.StartsSecond(part))
        {
            return (null, null);
        }

        var leader = AnswerPolicy.Leader(Rank(index, normalized, 5), settings, OutOfScopeDetector.IsOutOfScope(normalized));
        return leader is { Entry.Id: "activities" } ? (Intent.Activities, null) : (null, leader);
    }

    /// <summary>Candidates for a text: a named club or topic before an overview, sibling topics told apart by their own words, what is asked before who asks, what joining gives before how to join, a gift at a life event before the festival visits or the insurance, a named card before what members get, the member's own study before the hardship fund's school aid, the clubs overview when two clubs are weighed.</summary>
    private static IReadOnlyList<ScoredEntry> Rank(KnowledgeIndex index, string normalized, int take)
    {
        IReadOnlyList<ScoredEntry> Wider() => index.Search(normalized, WiderTake); // only a step that promotes an entry past the first ones searches wider
        var ranked = NamedBeforeOverview(NamedBeforeUnnamed(index.Search(normalized, take), normalized.Any(TextNormalizer.IsHan) ? 2 : 4));
        ranked = SiblingTopics.Decide(SiblingTopics.NamedFamilyFirst(ranked, normalized), normalized);
        ranked = ContextWords.AskedFirst(ranked, normalized, rest => SiblingTopics.Decide(index.Search(rest, take), rest));
        ranked = GainAsked.Decide(ranked, normalized, Wider);
        ranked = EventGifts.Decide(ranked, normalized, Wider);
        ranked = CardGainAsked.Decide(ranked, normalized);
        ranked = OwnStudy.Decide(ranked, normalized);
        return ClubsCompared.Decide(ranked, normalized, Wider);
    }

    /// <summary>
    /// "舞蹈俱乐部怎么加入": an entry that only shares the question's frame (网球俱乐部怎么加入) and none of its own words, not
    /// even a question about it ("how do i sign up"), does not lead one named by its own words by a hair. The named entry,
    /// close behind, leads; those it passed fall behind it as siblings not chosen do. A name of <paramref name="least"/>
    /// characters or more: an English word of two or three letters ("go") is too often another word to name an entry.
    /// </summary>
    private static IReadOnlyList<ScoredEntry> NamedBeforeUnnamed(IReadOnlyList<ScoredEntry> candidates, int least)
    {
        if (candidates is not [{ Evidence: 0, Cues: 0 } top, ..] || candidates.FirstOrDefault(c => c.Evidence > 0) is not { Evidence: var length } named
            || length < least || named.Score < top.Score * NamedClose)
        {
            return candidates;
        }

        var lead = named with { Score = top.Score };
        return [.. candidates.Select(c => c == named ? lead : c.Evidence == 0 && c.Score >= named.Score ? c with { Score = lead.Score * PassedBehind } : c)
            .OrderByDescending(c => c.Score)];
    }

    /// <summary>
    /// "围棋俱乐部怎么加入", "创新竞赛截止是哪天": when the message names a club (for the clubs overview) or any topic (for
    /// how to sign up) by one of its own words, the overview steps aside: the named entry's answer says how to join,
    /// enter or apply, which the general one cannot.
    /// </summary>
    /// <remarks>An overview just behind the entry it gives way to ("书法协会有课吗": calligraphy, then clubs) steps aside too, so the two are not asked back.</remarks>
    private static IReadOnlyList<ScoredEntry> NamedBeforeOverview(IReadOnlyList<ScoredEntry> candidates) =>
        candidates is [var overview, ..]
        && candidates.Any(c => c != overview && GivesWay(overview.Entry.Id, c.Entry) && c.Evidence > 0 && c.Score >= overview.Score * 0.6)
            ? [.. candidates.Skip(1)]
            : candidates is [var named, var second, ..] && named.Evidence > 0 && GivesWay(second.Entry.Id, named.Entry)
                ? [.. candidates.Where(c => c != second)]
                : candidates;

    /// <summary>
    /// Whether an overview gives way to a named entry: the clubs overview to a club; how to sign up to a union service
    /// or club, not another overview ("报名成功会有通知吗", "how do I cancel my club sign-up" are still about signing up).
    /// Other entries never give way.
    /// </summary>
    private static bool GivesWay(string overviewId, KnowledgeEntry named) => overviewId switch
    {
        "clubs" => named.Kind == KnowledgeKind.Club,
        HowToSignUp => !Overviews.Contains(named.Id),
        _ => false,
    };
}
