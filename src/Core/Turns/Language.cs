namespace EngageBot.Core.Turns;

/// <summary>The language a member is answered in: Chinese by default, English when they write English.</summary>
public enum Language
{
    Chinese,
    English,
}
