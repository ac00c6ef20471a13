using EngageBot.Features.Dialogs;

namespace EngageBot.Features.Knowledge;

/// <summary>Which part of a message is asked: two questions, a story read from what it asks, a clause that says the point.</summary>
public sealed partial class IntentRecognizer
{
    /// <summary>How close behind a story's leader, over the whole message, the entry its asked part names must be to be answered instead.</summary>
    private const double StoryClose = 0.7;

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

        if (FirstOfRun(sentences, index, settings, candidates) is { } run)
        {
            return run;
        }

        // A long story with no clear leader as a whole: its question clauses, last first, decide.
        var story = whole is null && text.Length > QuestionSplitter.LongMessage
            ? Questions(QuestionSplitter.Sentences(text), normalized, index, settings, false, 6).LastOrDefault() ?? Spoken(text, normalized, index, settings)
            : null;
        return story is not null
            ? (story, null)
            : (whole is null ? questions.FirstOrDefault() : PointOf(text, index, settings, whole, candidates) ?? AskedOfStory(text, index, settings, whole, candidates) ?? whole, null);
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

        var part = index.Read(asked);
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
    /// "工会体检一般都查哪些项目啊？另外我们女同事问两癌筛查是不是单独预约的": in a run of two questions parted by
    /// 另外/还有/顺便/also, a first question that names its topic by the topic's own words is the main one even when its
    /// leader alone is not sure (体检 beside the insurance); the marked question's leader is the second. Without this the
    /// run was read as a story from its last clause, and the first question lost. Both must stand among the whole
    /// message's candidates, and the first must ask (a story told before 另外 is no question).
    /// </summary>
    private static (ScoredEntry Main, ScoredEntry Also)? FirstOfRun(IReadOnlyList<string> sentences, KnowledgeIndex index, RecognizerOptions settings, IReadOnlyList<ScoredEntry> candidates)
    {
        var marked = 1;
        while (marked < sentences.Count && !QuestionSplitter.StartsSecond(sentences[marked]))
        {
            marked++;
        }

        if (marked >= sentences.Count)
        {
            return null;
        }

        var first = index.Read(sentences[marked - 1]);
        var second = index.Read(sentences[marked]);
        return first.Length > 0 && second.Length > 0 && ActionPhrases.IsQuestion(sentences[marked - 1], first)
            && Rank(index, first, 5) is [{ Evidence: > 0 } main, ..]
            && AnswerPolicy.Leader(Rank(index, second, 5), settings, OutOfScopeDetector.IsOutOfScope(second)) is { Evidence: > 0 } also
            && main.Entry.Id != also.Entry.Id
            && candidates.Any(c => c.Entry.Id == main.Entry.Id) && candidates.Any(c => c.Entry.Id == also.Entry.Id)
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
        var part = index.Read(clause);
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
    /// <remarks>
    /// "我在车间搞了个小发明……能报什么比赛吗": a clause naming only a frame (比赛) does not override a whole message that names
    /// its own topic by twice the words of the frame's (小发明, 提高效率) and leads the frame's entry well over it.
    /// </remarks>
    private static ScoredEntry? PointOf(string text, KnowledgeIndex index, RecognizerOptions settings, ScoredEntry whole, IReadOnlyList<ScoredEntry> candidates)
    {
        if (text.Length > QuestionSplitter.LongMessage || QuestionSplitter.LastClause(text) is not { } clause)
        {
            return null;
        }

        var part = index.Read(clause);
        if (!ActionPhrases.IsQuestion(clause, part))
        {
            return null;
        }

        var ranked = Rank(index, part, 5);
        // A clause naming only a sibling's verb (要带啥材料) without its family's name (互助保障) does not override the whole.
        return AnswerPolicy.Leader(ranked, settings, outOfScope: false) is { Evidence: > 0 } point
            && point.Entry.Id != whole.Entry.Id && SiblingTopics.NameEvidence(point, ranked, part) > 0 && !SiblingTopics.FollowsOtherFamily(point, whole)
            && !ranked.Any(c => c.Entry.Id == whole.Entry.Id && c.Evidence > 0)
            && !candidates.Any(c => c.Entry.Id == point.Entry.Id && c.Evidence * 2 <= whole.Evidence && c.Score < whole.Score * StoryClose)
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
            var part = index.Read(sentence);
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
