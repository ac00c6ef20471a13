using EngageBot.Core.Turns;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>
/// The answer to the bot's "请发送 6 位签到码", read before the member's running dialog: the code question was asked
/// last (a form or a guided sign-up may be waiting underneath it), so the code is its answer, not the form's. Any
/// message of the member asked closes the question; one that is not a code goes on to the dialog and routes as usual.
/// </summary>
public sealed class CheckInCodeRoute(CheckInCodePrompt codePrompt, CodeCheckIn codeCheckIn) : IBotRoute
{
    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (SignUpActions.Read(context.Activity.Value) is not null || codePrompt.Take(context) is not { } code)
        {
            return false; // a card's button is its own action: the sign-up route drops the question then
        }

        await codeCheckIn.RunAsync(context, code, prompted: true, cancellationToken);
        return true;
    }
}
