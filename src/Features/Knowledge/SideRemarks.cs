namespace EngageBot.Features.Knowledge;

/// <summary>
/// Things a member mentions in passing around the point of a message, which must not be read as its subject: what the
/// member goes to do after a thank-you (谢谢啊，我先去接孩子了; thanks, gonna grab lunch), and a side word beside a club
/// named with its club word (膝盖刚好利索了，想去舞蹈社跳跳).
/// </summary>
public static class SideRemarks
{
    /// <summary>What a club is called after its pastime (舞蹈社, 摄影协会, 太极拳俱乐部, 舞蹈队).</summary>
    private static readonly string[] ClubSuffixes = ["社", "俱乐部", "协会", "队", "团", "小组", "兴趣组", " club", " group", " team"];

    /// <summary>A request made beside a thank-you (谢谢，帮我查下…): a request, not a thank-you note.</summary>
    private static readonly string[] Requests = ["帮我", "帮忙", "请", "麻烦帮", "给我", "help me", "can you", "could you", "please"];

    /// <summary>
    /// True when a club offer is named by one of its own words followed by a club word (舞蹈社, 摄影协会): the club is named,
    /// so answering it is no guess, whatever else the message mentions.
    /// </summary>
    public static bool ClubNamed(ScoredEntry offer, string normalized)
    {
        if (offer.Entry.Kind != KnowledgeKind.Club)
        {
            return false;
        }

        foreach (var term in EntryWords.Of(offer.Entry).Own)
        {
            if (term.Length < 2)
            {
                continue;
            }

            for (var at = Phrases.IndexOf(normalized, term); at >= 0; at = NextAt(normalized, term, at))
            {
                var rest = normalized.AsSpan(at + term.Length);
                foreach (var suffix in ClubSuffixes)
                {
                    if (rest.StartsWith(suffix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>How far past the middle a thank-you may start and still open the message.</summary>
    private const int OpeningSlack = 4;

    /// <summary>
    /// A thank-you in the first half with a remark after it that asks nothing and requests nothing (好嘞谢谢啊，我先去接孩子了;
    /// ok got it thanks, gonna grab lunch now): the member thanks and goes, whatever the remark names.
    /// </summary>
    public static bool ThanksAside(string raw, string normalized)
    {
        var opening = normalized[..Math.Min(normalized.Length, (normalized.Length / 2) + OpeningSlack)];
        return IntentRules.SmallTalk(opening) == Intent.Thanks && !ActionPhrases.IsQuestion(raw, normalized) && !Phrases.Contains(normalized, Requests);
    }

    private static int NextAt(string normalized, string term, int at)
    {
        var next = Phrases.IndexOf(normalized[(at + 1)..], term);
        return next < 0 ? -1 : at + 1 + next;
    }
}
