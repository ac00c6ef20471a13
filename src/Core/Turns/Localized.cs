namespace EngageBot.Core.Turns;

/// <summary>A text in both languages the bot speaks.</summary>
public sealed record Localized(string Zh, string En)
{
    public string For(Language language) => language == Language.English ? En : Zh;

    public static string Locale(Language language) => language == Language.English ? "en-US" : "zh-CN";
}
