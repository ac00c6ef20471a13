using EngageBot.Core.Turns;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.SignUps.CheckIn;

/// <summary>Checks a member in with a code and answers; a wrong code given as the prompt's answer asks for it once more, with what to do.</summary>
public sealed class CodeCheckIn(CheckInCodePrompt codePrompt, CheckInStore checkIns, SignUpTexts texts, IOptions<SignUpOptions> options)
{
    public async Task RunAsync(TurnContext context, string code, bool prompted, CancellationToken cancellationToken)
    {
        var result = await checkIns.CheckInAsync(SignUpRoute.Member(context), code, options.Value.CheckInOpensBefore, options.Value.CheckInLastsAtLeast, cancellationToken);
        if (prompted && result.Kind == CheckInResultKind.WrongCode)
        {
            codePrompt.Ask(context, CheckInCodePrompt.WrongCodeAgain);
            return;
        }

        context.Reply(result.Kind switch
        {
            CheckInResultKind.CheckedIn => texts.CheckedIn(result.Activity!),
            CheckInResultKind.AlreadyCheckedIn => texts.AlreadyCheckedIn(result.Activity!),
            CheckInResultKind.NotConfirmed => texts.CheckInNotConfirmed(result.Activity!),
            CheckInResultKind.NotOpen => texts.CheckInNotOpen(result.Activity!),
            _ => SignUpTexts.WrongCode,
        });
    }
}
