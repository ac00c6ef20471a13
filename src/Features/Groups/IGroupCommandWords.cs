using EngageBot.Core.Turns;

namespace EngageBot.Features.Groups;

/// <summary>
/// Words another feature answers in groups without an @mention (a typed vote, "选2"), so the mention middleware lets
/// them through. Checked on the text with the mention removed; should be a cheap pattern match.
/// </summary>
public interface IGroupCommandWords
{
    bool IsCommand(string text);

    /// <summary>The turn's text, or, for an answer only one member is awaited for, who sends it (the conversation's state is loaded).</summary>
    bool IsCommand(TurnContext context) => IsCommand(context.Text);
}
