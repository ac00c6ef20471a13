using EngageBot.Features.Dialogs;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Finds which clubs and activities a message names: the seeded clubs' everyday words (棋/象棋/chess,
/// 书法/calligraphy, …) plus every club's own names and every activity's titles.
/// </summary>
public static class ClubMatcher
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["chess"] = ["棋牌", "象棋", "围棋", "桥牌", "下棋", "chess", "cards", "bridge"],
        ["yoga"] = ["瑜伽", "yoga"],
        ["calligraphy"] = ["书画", "书法", "国画", "绘画", "画画", "calligraphy", "painting"],
        ["photography"] = ["摄影", "拍照", "外拍", "photo"],
        ["taichi"] = ["太极", "tai chi", "taichi"],
        ["tennis"] = ["网球", "tennis"],
        ["aerobics"] = ["健身操", "操舞", "广场舞", "排舞", "跳舞", "aerobics", "dance", "dancing"],
        ["crafts"] = ["非遗", "手工", "剪纸", "crafts", "craft", "paper-cutting", "paper cutting"],
    };

    /// <summary>Ids of the clubs the text names.</summary>
    public static HashSet<string> Clubs(string text, IEnumerable<ClubRecord> clubs)
    {
        var lower = text.ToLowerInvariant();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var club in clubs)
        {
            var names = Words.GetValueOrDefault(club.Id, [])
                .Concat([club.Name, club.Name.Replace("俱乐部", string.Empty, StringComparison.Ordinal)])
                .Concat(club.NameEn is { } en ? [en.ToLowerInvariant(), en.Replace(" Club", string.Empty, StringComparison.OrdinalIgnoreCase).ToLowerInvariant()] : []);
            if (names.Any(n => n.Length >= 2 && lower.Contains(n, StringComparison.Ordinal)))
            {
                found.Add(club.Id);
            }
        }

        return found;
    }

    /// <summary>True when the activity belongs to a named club or its title is in the text.</summary>
    public static bool Names(ActivityRecord activity, string text, HashSet<string> clubs) =>
        (activity.ClubId is { } club && clubs.Contains(club))
        || text.Contains(activity.Title, StringComparison.Ordinal)
        || (activity.TitleEn is { Length: > 3 } en && text.Contains(en, StringComparison.OrdinalIgnoreCase));
}
