namespace EngageBot.Features.Knowledge;

/// <summary>
/// A topic's facility asked about at a public place (商场里的母婴室, 机场有没有哺乳室, a nursing room at the airport): the
/// mall's, station's or airport's own, run by them, not the union's. The place owns the facility only when it stands
/// right before the topic's word (linked by 的, 里, 有没有) or, in English, after it as "at/in the …"; a place that only
/// locates the union's (地铁站附近的驿站, near the station) or where the member does something (在公园下棋) leaves it the union's.
/// </summary>
public static class PublicPlaces
{
    /// <summary>Places that run facilities of their own. Hospitals stay out: their bills and stays are mutual aid's words.</summary>
    private static readonly string[] Han =
    [
        "商场", "超市", "购物中心", "百货", "机场", "航站楼", "火车站", "高铁站", "地铁站", "汽车站", "客运站", "北京站", "北京西站", "北京南站", "服务区",
        "景区", "公园", "动物园", "博物馆", "图书馆", "电影院", "酒店", "宾馆", "银行",
        // trains and planes: what is on board is the carrier's (高铁上有母婴室吗)
        "高铁", "火车", "飞机", "地铁", "航班", // not 动车: 电动车 holds it
    ];

    private static readonly string[] Latin =
    [
        "mall", "shopping mall", "shopping center", "shopping centre", "supermarket", "airport", "terminal", "train station", "railway station",
        "subway station", "metro station", "bus station", "station", "park", "museum", "library", "cinema", "hotel", "zoo", "bank",
        "train", "high speed train", "plane", "flight",
    ];

    /// <summary>What may stand between a Chinese place and the facility it has: 商场母婴室, 商场的, 商场里有没有.</summary>
    private static readonly string[] Links = ["", "的", "里", "里的", "里面", "里面的", "内", "内的", "有", "有没有", "有没", "里有", "里有没有", "里面有没有", "都有", "哪有", "哪里有", "哪儿有", "上", "上的", "上有", "上有没有"];

    /// <summary>Words that only locate something near the place: then the facility is anyone's, the union's too.</summary>
    private static readonly string[] Near = ["附近", "旁边", "周边", "边上", "对面", "周围", "near", "nearby", "next to", "close to", "around"];

    /// <summary>在公园下棋, 去商场逛: the place is where the member goes or does something, not whose the thing is.</summary>
    private static bool Goes(string before) => before.Length > 0 && "在去到来".Contains(before[^1], StringComparison.Ordinal);

    /// <summary>
    /// Whether any place's letters appear at all (a superset of the matches below): most messages name none, and they
    /// need not have the close topics' words normalised.
    /// </summary>
    private static bool Mentions(string normalized)
    {
        foreach (var place in Han)
        {
            if (normalized.Contains(place, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var place in Latin)
        {
            if (normalized.Contains(place, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text after "at", "in" or "on" when one follows the facility's word closely ("room at the mall", "on the train"), else null.</summary>
    private static string? Preposition(string after)
    {
        var head = " " + after[..Math.Min(after.Length, 14)];
        var at = Math.Max(Math.Max(head.IndexOf(" at ", StringComparison.Ordinal), head.IndexOf(" in ", StringComparison.Ordinal)), head.IndexOf(" on ", StringComparison.Ordinal));
        return at < 0 ? null : after[(at + 3)..];
    }

    /// <summary>The public place whose facility the question asks about, given the close topics' own words (normalized), or null.</summary>
    public static string? FacilityOf(string normalized, IEnumerable<string> topicWords)
    {
        if (!Mentions(normalized) || Phrases.Contains(normalized, Near))
        {
            return null;
        }

        foreach (var word in topicWords.Where(w => w.Length > 1).Distinct(StringComparer.Ordinal))
        {
            var at = Phrases.IndexOf(normalized, word);
            if (at < 0)
            {
                continue;
            }

            if (TextNormalizer.IsHan(word[0]))
            {
                var before = normalized[..at].TrimEnd();
                foreach (var place in Han)
                {
                    if (Links.FirstOrDefault(link => before.EndsWith(place + link, StringComparison.Ordinal)) is { } link
                        && !Goes(before[..^(place.Length + link.Length)]))
                    {
                        return place;
                    }
                }
            }
            else if (Preposition(normalized[(at + word.Length)..]) is { } rest && Phrases.Find(rest[..Math.Min(rest.Length, 40)], Latin) is { } place)
            {
                return place;
            }
        }

        return null;
    }
}
