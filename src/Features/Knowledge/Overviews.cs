namespace EngageBot.Features.Knowledge;

/// <summary>Knowledge entries that are no one union service: how to use the bot and what is on, and the clubs overview.</summary>
internal static class Overviews
{
    /// <summary>Signing up, checking in, notices and what is on: entries whose words (报名, 签到, 活动, sign up) anyone uses.</summary>
    public static readonly HashSet<string> BotUse = new(StringComparer.Ordinal) { "activities", "signup-howto", "notices-howto", "checkin-howto" };

    /// <summary>Whether the entry is an overview: one about using the bot, or the clubs overview.</summary>
    public static bool Contains(string id) => id == "clubs" || BotUse.Contains(id);
}
