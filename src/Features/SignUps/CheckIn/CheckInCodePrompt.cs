using EngageBot.Core.State;
using EngageBot.Core.Turns;
using EngageBot.Features.Knowledge;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// "签到" / "check me in" without a code asks for the on-site code; the member's next message, when it is the code
/// ("357201", "３５７２０１", "签到码 357201", "code 357201"), checks them in like "签到 357201". Like
/// <see cref="PendingYesNo{T}"/> the question is kept in state (it survives a restart and any instance reads it): the
/// member's own, tied to the conversation it was asked in, so in a group each member asked has their own question. Only
/// the member asked can answer, it lapses after a few minutes, and the member's next message in that conversation closes
/// it whatever it says: anything but a code is understood as usual.
/// </summary>
public sealed class CheckInCodePrompt(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly StateProperty<PendingCheckIn> Pending = new("signUpPendingCheckIn", SignUpJson.Default.PendingCheckIn);

    /// <summary>Words that may stand around a code given as the answer ("签到码是 357201", "my code is 357201").</summary>
    private static readonly string[] CodeWords = ["签到码", "签到", "码", "是", "我的", "这是", "好的", "嗯", "checkin", "check", "in", "code", "my", "is", "the", "its", "it", "s"];

    public static readonly Localized AskCode = new(
        "请发送现场屏幕上的 6 位签到码（直接发数字即可）。",
        "Please send the 6-digit check-in code shown on the screen at the venue (just the digits).");

    public static readonly Localized WrongCodeAgain = new(
        "签到码不对。请核对现场屏幕上的 6 位数字再发一次；屏幕上没有签到码的话，请找现场工作人员。",
        "That code doesn't match. Check the 6 digits on the screen at the venue and send them again; if no code is shown, ask the staff on site.");

    public void Ask(TurnContext context, Localized? prefix = null)
    {
        context.State.User.Set(Pending, new PendingCheckIn(context.Activity.From!.Id!, clock.GetUtcNow(), context.Activity.Conversation?.Id));
        context.Reply(prefix ?? AskCode);
    }

    /// <summary>Drops the member's question asked in this conversation (a button was pressed instead).</summary>
    public static void Forget(TurnContext context)
    {
        if (Open(context) is not null)
        {
            context.State.User.Remove(Pending);
        }
    }

    /// <summary>True when this member was asked for a code and the question has not lapsed; nothing is closed.</summary>
    public bool Awaits(TurnContext context) => Open(context) is { } pending && clock.GetUtcNow() - pending.AskedAt <= Lifetime;

    /// <summary>Closes this member's open prompt and returns the code this turn gives for it, or null.</summary>
    public string? Take(TurnContext context)
    {
        if (Open(context) is not { } pending)
        {
            return null;
        }

        context.State.User.Remove(Pending);
        return clock.GetUtcNow() - pending.AskedAt > Lifetime ? null : CodeIn(TextNormalizer.Normalize(context.Text));
    }

    /// <summary>The member's question asked in this conversation, lapsed or not.</summary>
    private static PendingCheckIn? Open(TurnContext context) =>
        context.State.User.Get(Pending) is { } pending && pending.UserId == context.Activity.From?.Id && pending.ConversationId == context.Activity.Conversation?.Id
            ? pending
            : null;

    /// <summary>
    /// The code when the message is only a code, perhaps with code words around it; null otherwise. Being the answer to
    /// the bot's own question, it may also be read out in Chinese numerals (三三九一) or typed apart (3 3 9 1, 357 201).
    /// </summary>
    internal static string? CodeIn(string normalized)
    {
        var text = SignUpCodes.Joined(SignUpCodes.Spoken(normalized));
        if (SignUpCodes.CheckInCode(text) is not { } code)
        {
            return null;
        }

        var rest = WordsTaken.Rest(text.Replace(code, " ", StringComparison.Ordinal), CodeWords);
        return rest.Trim().Length == 0 ? code : null;
    }
}
