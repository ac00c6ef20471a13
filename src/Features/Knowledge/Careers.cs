namespace EngageBot.Features.Knowledge;

/// <summary>
/// A topic's word inside a trade or a field of study (心理咨询师, 瑜伽教练, 书法老师, 摄影专业, a yoga instructor) asked
/// about as the member's own career or credential (证, 资格, 考, 前景, certified, becoming): the question is about becoming
/// one, which no union service answers; the topic's word only names the trade. Seeing such a person (想找心理咨询师聊聊)
/// asks for the service, so a career word is needed. Skills training is the union's way into a trade (育婴师证, 电工证):
/// its own words keep their answer.
/// </summary>
public static class Careers
{
    private const string SkillsTraining = "skills-training";

    /// <summary>What makes a topic's word a person's trade or a subject of study: 心理咨询师, 瑜伽教练, 书法老师, 摄影专业.</summary>
    private static readonly string[] HanTrades = ["师", "教练", "老师", "专业", "学专业"];

    /// <summary>A trade in English, named after what the person does (a yoga instructor, a counsellor, a photographer).</summary>
    private static readonly string[] LatinTrades =
    [
        "instructor", "instructors", "teacher", "teachers", "coach", "coaches", "trainer", "trainers", "counsellor", "counselor", "counsellors",
        "counselors", "therapist", "therapists", "photographer", "photographers", "dancer", "dancers", "calligrapher", "psychologist",
    ];

    /// <summary>Becoming one, its credential or its prospects: the member's career, not a service ("career" itself is career-boost's word).</summary>
    private static readonly string[] CareerWords =
    [
        "证", "资格", "考", "执照", "前景", "就业", "出路", "找工作", "收入", "挣", "赚", "转行", "入行", "这行", "当个", "当一名", "成为", "含金量", "毕业",
        "certified", "certificate", "certification", "licence", "license", "licensed", "qualification", "qualified", "become", "becoming",
        "degree", "major", "job prospects", "salary",
    ];

    /// <summary>Words holding a career word's character in another sense: 考虑, 参考, 证明, 证据, 保证.</summary>
    private static readonly string[] OtherSenses = ["考虑", "参考", "思考", "考勤", "考核", "证明", "证据", "保证", "证件", "身份证", "会员证", "工会证", "工作证"];

    /// <summary>The member names their own trade (我是瑜伽老师, I'm a dance teacher): who is asking, not what is asked.</summary>
    private static readonly string[] OwnTrade = ["我是", "本人是", "我当", "我做", "i m a ", "i am a ", "i work as "];

    /// <summary>The trade named after one of the close topics (not skills training) that the question asks about as a career, or null.</summary>
    public static string? Trade(string normalized, IReadOnlyList<ScoredEntry> close)
    {
        var others = close.Where(c => c.Entry.Id != SkillsTraining).ToList();
        if (others.Count == 0 || Phrases.Contains(normalized, OwnTrade) || !Phrases.Contains(WordsTaken.Rest(normalized, OtherSenses), CareerWords))
        {
            return null;
        }

        if (!normalized.Any(TextNormalizer.IsHan))
        {
            // whole words only: career coaching is career-boost's service, not a coach's trade
            return normalized.Split(' ').FirstOrDefault(word => LatinTrades.Contains(word, StringComparer.Ordinal));
        }

        foreach (var entry in others)
        {
            foreach (var term in EntryWords.Of(entry.Entry).OwnZh)
            {
                for (var at = term.Length > 1 ? normalized.IndexOf(term, StringComparison.Ordinal) : -1; at >= 0; at = normalized.IndexOf(term, at + 1, StringComparison.Ordinal))
                {
                    var after = normalized.AsSpan(at + term.Length);
                    foreach (var trade in HanTrades)
                    {
                        if (after.StartsWith(trade, StringComparison.Ordinal))
                        {
                            return term + trade;
                        }
                    }
                }
            }
        }

        return null;
    }
}
