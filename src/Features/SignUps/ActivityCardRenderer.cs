using System.Buffers;
using System.Globalization;
using System.Text.Json;
using EngageBot.Core.Protocol;
using EngageBot.Core.Time;
using EngageBot.Core.Turns;
using EngageBot.Features.Dialogs;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps;

/// <summary>
/// Renders activities as hero cards: title, time (Beijing), place, seats left and a postBack button whose
/// value is <c>{"action":"signup","activityId":"…"}</c> for the sign-up feature to pick up.
/// </summary>
public static class ActivityCardRenderer
{
    public const string HeroCardType = "application/vnd.microsoft.card.hero";

    public static Attachment Render(ActivityCard card, Language language, UnionTime time)
    {
        var english = language == Language.English;
        var lines = new List<string>
        {
            (english ? "Place: " : "地点：") + card.Place,
            card.SeatsLeft switch
            {
                null => english ? "Open to all" : "不限名额",
                0 => english ? "Full: join the waiting list" : "名额已满，可报名候补",
                var n => english ? $"Seats left: {n}" : $"剩余名额：{n}",
            },
        };
        // Written straight to UTF-8 with the defaults JsonObject.ToJsonString used (same bytes, same escaping), without
        // the node tree and the string in between: a listing renders up to ten of these per turn.
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("title", card.Title);
            writer.WriteString("subtitle", When(card, language, time));
            writer.WriteString("text", string.Join("\n", lines));
            writer.WriteStartArray("buttons");
            writer.WriteStartObject();
            writer.WriteString("type", "postBack");
            writer.WriteString("title", card.SeatsLeft == 0 ? (english ? "Join waiting list" : "报名候补") : (english ? "Sign up" : "报名"));
            writer.WriteStartObject("value");
            writer.WriteString("action", "signup");
            writer.WriteString("activityId", card.Id);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            if (card.ImageUrl is { } image)
            {
                writer.WriteStartArray("images");
                writer.WriteStartObject();
                writer.WriteString("url", image);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new Attachment { ContentType = HeroCardType, Content = document.RootElement.Clone() };
    }

    /// <summary>"11月21日 周六 09:30–11:30" / "Sat 21 Nov 09:30–11:30", in the union's local time.</summary>
    public static string When(ActivityCard card, Language language, UnionTime unionTime)
    {
        var start = unionTime.ToLocal(card.StartsAt);
        var end = card.EndsAt is { } ends ? unionTime.ToLocal(ends) : (DateTimeOffset?)null;
        var culture = CultureInfo.InvariantCulture;
        var day = language == Language.English
            ? start.ToString("ddd d MMM", culture)
            : $"{start.Month}月{start.Day}日 周{"日一二三四五六"[(int)start.DayOfWeek]}";
        var time = start.ToString("HH:mm", culture);
        if (end is { } e)
        {
            time += "–" + (e.Date == start.Date ? e.ToString("HH:mm", culture) : e.ToString(language == Language.English ? "d MMM HH:mm" : "M月d日 HH:mm", culture));
        }

        return day + " " + time;
    }
}
