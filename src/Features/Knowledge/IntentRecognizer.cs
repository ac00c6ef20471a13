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
public sealed class IntentRecognizer(IKnowledgeBase knowledge, TimeProvider clock, IOptions<RecognizerOptions> options, UnionTime time) : IIntentRecognizer
{
    private const string HowToSignUp = "signup-howto";

    /// <summary>How close behind an unnamed leader a named entry must be to lead instead.</summary>
    private const double NamedClose = 0.9;

    /// <summary>How close behind a story's leader, over the whole message, the entry its asked part names must be to be answered instead.</summary>
    private const double StoryClose = 0.7;

    /// <summary>Where the unnamed entries a named one passed fall, as a share of its score.</summary>
    private const double PassedBehind = 0.6;

    /// <summary>Overviews and entries about using the bot itself (clubs, what's on, signing up, notices, checking in), not one union service.</summary>
    private static readonly HashSet<string> Overviews = new(StringComparer.Ordinal) { "clubs", "activities", HowToSignUp, "notices-howto", "checkin-howto" };

    private static readonly string[] ActivityNouns = ["活动", "课", "俱乐部", "社", "班", "讲座", "体验", "外拍", "比赛", "event", "class", "session", "club", "activity", "activities", "workshop"];

    public RecognizedIntent Recognize(string text)
    {
        var settings = options.Value;
        var index = knowledge.Current.Index;
        var normalized = index.Corrector.Correct(TextNormalizer.Normalize(text));
        var take = Math.Max(settings.ClarifyCount, 5);
        var candidates = Rank(index, normalized, take);
        var top = candidates.Count > 0 ? candidates[0] : null;
        var subject = OutOfScopeDetector.Subject(normalized);
        var outOfScope = subject is not null && OutOfScopeDetector.Outweighs(subject, top, settings, normalized, candidates);
        var unexplained = !outOfScope && (OutOfScopeDetector.UnexplainedSubject(normalized, candidates, settings, index) is not null
            || OutOfScopeDetector.AskedBeyondStory(text, normalized, top, settings, index, part => Rank(index, part, 5)) is not null);
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
        if (rule == Intent.SignUp && (action is { Weak: true } || outOfScope) && top?.Entry.Kind != KnowledgeKind.Club && !Phrases.Contains(normalized, ActivityNouns))
        {
            rule = null; // "参加互助保障" is a question for the knowledge base, not a sign-up; "考研报名" is no union activity's
        }

        if (!outOfScope && CommandPairs.Find(text, part => ReadPart(part, index, settings, today)) is (var command, var entry, var commandFirst)
            && (rule == command || (rule is null or Intent.Declined && CommandPairs.Offered.Contains(command))))
        {
            // "我报了哪些？报了不去咋取消": the command and the question, in the order asked; an action runs only as the whole message's rule allows
            return commandFirst
                ? new RecognizedIntent(command, confident, candidates, when) { Action = action, Also = entry }
                : CommandPairs.Offered.Contains(command)
                    ? new RecognizedIntent(Answered(entry), entry, candidates, when) { Action = action, AlsoCommand = command }
                    : new RecognizedIntent(command, confident, candidates, when) { Action = action, Also = entry };
        }

        if (rule == Intent.Handoff && confident is { Evidence: > 0 } topic && !Overviews.Contains(topic.Entry.Id)
            && (ActionPhrases.IsQuestion(text, normalized) || (text.Length > QuestionSplitter.LongMessage && !IntentRules.AsksForPersonOutright(normalized))))
        {
            // "压力大，能找个人聊聊吗", "公司不给签合同，想找人问问怎么维权", a long story ending "is there someone I can talk to,
            // like a counsellor": the topic's answer, a person offered beside it
            return new RecognizedIntent(Answered(topic), topic, candidates, when) { Action = action, AlsoCommand = Intent.Handoff };
        }

        if (rule is { } intent)
        {
            return new RecognizedIntent(intent, confident, candidates, when) { Action = action };
        }

        if (when is not null && also is null && action is not { Mode: ActionMode.Question, Action: MemberAction.SignUp } && (IntentRules.AsksWhatIsOn(normalized) || confident?.Entry.Kind == KnowledgeKind.Club || confident?.Entry.Id == "activities"))
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
            return new RecognizedIntent(kind, confident, candidates, when) { Action = action, Also = kind == Intent.Activities ? null : also };
        }

        if (action is { Mode: ActionMode.Question, Action: MemberAction.SignUp or MemberAction.CancelSignUp } && !outOfScope
            && candidates.FirstOrDefault(c => c.Entry.Id == HowToSignUp) is { } howTo)
        {
            return new RecognizedIntent(Intent.Faq, howTo, candidates, when) { Action = action }; // "报名截止是哪天": answered, never run
        }

        if (action is null && (!outOfScope || unexplained) && IntentRules.SmallTalk(normalized) is { } talk)
        {
            return new RecognizedIntent(talk, null, candidates, when);
        }

        if (top is null || top.Score < settings.ClarifyThreshold || outOfScope || (normalized.Length > AnswerPolicy.TerseQuery && AnswerPolicy.OnlyGeneric(candidates, settings)))
        {
            return new RecognizedIntent(Intent.None, null, [], when) { OffTopic = outOfScope, Referral = OutOfScopeDetector.ReferralFor(normalized), Action = action };
        }

        return new RecognizedIntent(Intent.Clarify, null, AnswerPolicy.Close(candidates, settings), when) { Action = action };
    }

    private static Intent Answered(ScoredEntry entry) => entry.Entry.Id == "activities" ? Intent.Activities : entry.Entry.Kind == KnowledgeKind.Club ? Intent.Club : Intent.Faq;

    /// <summary>One part of a message read alone: the command it names ("转人工", "下周有啥活动"), else the entry its question asks about.</summary>
    private static (Intent? Command, ScoredEntry? Entry) ReadPart(string part, KnowledgeIndex index, RecognizerOptions settings, DateOnly today)
    {
        var normalized = index.Corrector.Correct(TextNormalizer.Normalize(part));
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

    /// <summary>Candidates for a text: a named club or topic before an overview, sibling topics told apart by their own words.</summary>
    private static IReadOnlyList<ScoredEntry> Rank(KnowledgeIndex index, string normalized, int take) =>
        SiblingTopics.Decide(NamedBeforeOverview(NamedBeforeUnnamed(index.Search(normalized, take), normalized.Any(TextNormalizer.IsHan) ? 2 : 4)));

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

    /// <summary>
    /// Reads a message of several sentences sentence by sentence: two questions about two topics give the second as
    /// <c>also</c> (around "另外/顺便/also" each part counts as a question even without a question word); a long story
    /// that does not single out a topic as a whole is read from its last question clause. Clauses cut at commas
    /// never make a second question: a story is one question.
    /// </summary>
    private static (ScoredEntry? Main, ScoredEntry? Also) Focus(string text, string normalized, KnowledgeIndex index, RecognizerOptions settings, ScoredEntry? whole, IReadOnlyList<ScoredEntry> candidates)
    {
        var sentences = QuestionSplitter.Sentences(text, clauses: false);
        var asked = ActionPhrases.IsQuestion(text, normalized);
        // A sentence's leader the whole message does not support (工会还有相亲活动啊？ read as the union office) is no second question.
        var questions = Questions(sentences, normalized, index, settings, asked, sentences.Count).Where(q => candidates.Any(c => c.Entry.Id == q.Entry.Id)).ToList();
        if (questions.Select(q => q.Entry.Id).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            return (questions[0], questions.First(q => q.Entry.Id != questions[0].Entry.Id)); // two questions: in the order asked
        }

        if (sentences.Count == 1 && TwoAtComma(text, index, settings) is { } pair)
        {
            return pair;
        }

        // A long story with no clear leader as a whole: its question clauses, last first, decide.
        var story = whole is null && text.Length > QuestionSplitter.LongMessage
            ? Questions(QuestionSplitter.Sentences(text), normalized, index, settings, false, 6).LastOrDefault() ?? Spoken(text, normalized, index, settings)
            : null;
        return story is not null
            ? (story, null)
            : (whole is null ? questions.FirstOrDefault() : PointOf(text, index, settings, whole) ?? AskedOfStory(text, index, settings, whole, candidates) ?? whole, null);
    }

    /// <summary>
    /// "老板三个月没发工资了怎么办啊 说是公司资金周转不开 可房租都交不起了": a story typed by voice, its clauses parted by
    /// spaces only, is read from its last question clause that names a topic by the topic's own words; a pause may fall
    /// inside a question, so a clause that names nothing (学费能退吗) is no answer.
    /// </summary>
    private static ScoredEntry? Spoken(string text, string normalized, KnowledgeIndex index, RecognizerOptions settings) =>
        Questions(QuestionSplitter.Sentences(text, pauses: true), normalized, index, settings, false, 6).LastOrDefault(q => q.Evidence > 0);

    /// <summary>
    /// "……入职的时候人事让填了个入会申请……想问一下入了工会以后普通会员都有哪些福利待遇": a long story is read from its asked
    /// part (from its last 想问/请问 clause) when that part names a topic by the topic's own words, does not name the story's
    /// leader, and the topic is close behind that leader over the whole message: the story's words (入会申请) set the scene,
    /// the asked part says what is asked. An overview asked of (怎么加入俱乐部) is the named entry's to answer.
    /// </summary>
    private static ScoredEntry? AskedOfStory(string text, KnowledgeIndex index, RecognizerOptions settings, ScoredEntry whole, IReadOnlyList<ScoredEntry> candidates)
    {
        // Cheap first: with no other entry close behind the leader, the asked part cannot change the answer.
        if (text.Length <= QuestionSplitter.LongMessage
            || !candidates.Any(c => c.Entry.Id != whole.Entry.Id && !Overviews.Contains(c.Entry.Id) && c.Score >= whole.Score * StoryClose)
            || OutOfScopeDetector.AskedPart(text, marked: true) is not { } asked)
        {
            return null;
        }

        var part = index.Corrector.Correct(TextNormalizer.Normalize(asked));
        if (part.Length == 0)
        {
            return null;
        }

        var ranked = Rank(index, part, 5);
        return AnswerPolicy.Leader(ranked, settings, outOfScope: false) is { Evidence: > 0 } point
            && point.Entry.Id != whole.Entry.Id && !Overviews.Contains(point.Entry.Id)
            && !ranked.Any(c => c.Entry.Id == whole.Entry.Id && c.Evidence > 0)
            && candidates.Any(c => c.Entry.Id == point.Entry.Id && c.Score >= whole.Score * StoryClose)
                ? point
                : null;
    }

    /// <summary>
    /// "书法俱乐部怎么加入，摄影俱乐部有外拍活动吗", "体检查哪些项目 心理咨询怎么预约": a short message of two clauses, each a
    /// question naming its own topic by that topic's words, asks two questions although only a comma or a pause parts
    /// them. A clause that only sets the scene (刚入职被拉进工会了) is no question, so a story stays one.
    /// </summary>
    private static (ScoredEntry Main, ScoredEntry Also)? TwoAtComma(string text, KnowledgeIndex index, RecognizerOptions settings)
    {
        if (text.Length > QuestionSplitter.LongMessage || QuestionSplitter.Clauses(text) is not [var first, var second] || !Asks(second))
        {
            return null;
        }

        var main = NamedQuestion(first, index, settings);
        var also = main is null ? null : NamedQuestion(second, index, settings);
        return main is not null && also is not null && main.Entry.Id != also.Entry.Id
            && (also.Entry.Id != HowToSignUp || Overviews.Contains(main.Entry.Id))
                ? (main, also)
                : null;
    }

    /// <summary>
    /// Whether a second clause asks a question of its own, not only more of the first ("what documents", "要带啥"): at
    /// least three English words or five other characters. "How do I sign up" after a named topic asks how to join that topic.
    /// </summary>
    private static bool Asks(string clause)
    {
        var words = TextNormalizer.Normalize(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => !w.Any(TextNormalizer.IsHan)) + words.Where(w => w.Any(TextNormalizer.IsHan)).Sum(w => w.Length) / 2 >= 3;
    }

    /// <summary>The entry a clause asks about by the entry's own words, or null when it asks nothing or names none.</summary>
    private static ScoredEntry? NamedQuestion(string clause, KnowledgeIndex index, RecognizerOptions settings)
    {
        var part = index.Corrector.Correct(TextNormalizer.Normalize(clause));
        return part.Length > 0 && ActionPhrases.IsQuestion(clause, part)
            && AnswerPolicy.Leader(Rank(index, part, 5), settings, OutOfScopeDetector.IsOutOfScope(part)) is { Evidence: > 0 } leader
                ? leader
                : null;
    }

    /// <summary>
    /// The point of a question is in its question clause: "刚入职被拉进工会了，不知道能享受点啥" asks what members get, not how
    /// to join. The question clause decides when it names a topic by that topic's own words and does not name the
    /// whole message's leader: a context clause's word (工会, 会费) then only set the scene. Long stories are read
    /// clause by clause already (above), where a last clause such as "怎么加入" is too little on its own.
    /// </summary>
    private static ScoredEntry? PointOf(string text, KnowledgeIndex index, RecognizerOptions settings, ScoredEntry whole)
    {
        if (text.Length > QuestionSplitter.LongMessage || QuestionSplitter.LastClause(text) is not { } clause)
        {
            return null;
        }

        var part = index.Corrector.Correct(TextNormalizer.Normalize(clause));
        if (!ActionPhrases.IsQuestion(clause, part))
        {
            return null;
        }

        var ranked = Rank(index, part, 5);
        return AnswerPolicy.Leader(ranked, settings, outOfScope: false) is { Evidence: > 0 } point
            && point.Entry.Id != whole.Entry.Id
            && !ranked.Any(c => c.Entry.Id == whole.Entry.Id && c.Evidence > 0)
                ? point
                : null;
    }

    /// <summary>The leading entry of each question among the last <paramref name="take"/> sentences that has one.</summary>
    private static List<ScoredEntry> Questions(IReadOnlyList<string> sentences, string normalized, KnowledgeIndex index, RecognizerOptions settings, bool asked, int take)
    {
        var questions = new List<ScoredEntry>();
        for (var i = Math.Max(0, sentences.Count - take); i < sentences.Count && sentences.Count > 1; i++)
        {
            var sentence = sentences[i];
            var part = index.Corrector.Correct(TextNormalizer.Normalize(sentence));
            if (part.Length == 0 || part == normalized)
            {
                continue;
            }

            var paired = asked && (QuestionSplitter.StartsSecond(sentence) || (i + 1 < sentences.Count && QuestionSplitter.StartsSecond(sentences[i + 1])));
            if ((paired || ActionPhrases.IsQuestion(sentence, part))
                && AnswerPolicy.Leader(Rank(index, part, 5), settings, OutOfScopeDetector.IsOutOfScope(part)) is { } leader)
            {
                questions.Add(leader);
            }
        }

        return questions;
    }
}
