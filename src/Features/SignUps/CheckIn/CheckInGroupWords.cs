using EngageBot.Core.Turns;
using EngageBot.Features.Groups;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// In a group the bot stays quiet unless @mentioned, but after "@小助手 签到" asked a member for the code, that member's
/// bare code ("357201", "三三九一") is the answer they were asked for: it reaches the bot without an @mention. Anyone
/// else's number, or the member's once the question lapsed or was answered, is group chat (a phone number, a price, a
/// vote) and stays unanswered; the member's other chat in the group, not for the bot, leaves the question open.
/// </summary>
public sealed class CheckInGroupWords(CheckInCodePrompt codePrompt) : IGroupCommandWords
{
    public bool IsCommand(string text) => false;

    public bool IsCommand(TurnContext context) => codePrompt.Awaits(context) && CheckInCodePrompt.CodeIn(TextNormalizer.Normalize(context.Text)) is not null;
}
