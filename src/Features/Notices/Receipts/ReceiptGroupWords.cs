using EngageBot.Features.Groups;

namespace EngageBot.Features.Notices;

/// <summary>In groups a typed "收到" / "got it" is for the bot without an @mention (it confirms a notice posted there, or is left unanswered).</summary>
public sealed class ReceiptGroupWords : IGroupCommandWords
{
    public bool IsCommand(string text) => ReceiptActions.IsTypedConfirmation(text);
}
