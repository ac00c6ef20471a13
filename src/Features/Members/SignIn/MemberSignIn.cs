using System.Globalization;
using System.Security.Cryptography;
using EngageBot.Features.Members.Roster;
using EngageBot.Features.Members.Sms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// Sign-in in two steps: number and name → a 6-digit code by SMS to the phone on the roster; number and code → the
/// member. Whether or not the number and name match an active member, the first step takes the same path (a code
/// is drawn and hashed, the throttles count, a hint is shown) and only a match stores the hash and queues the SMS.
/// </summary>
public sealed class MemberSignIn(
    IMemberRoster roster,
    SignInCodeStore codes,
    SignInKey key,
    SmsQueue sms,
    IOptions<MemberSignInOptions> options,
    TimeProvider clock,
    ILogger<MemberSignIn> logger)
{
    public async Task<(CodeRequestResult Result, string PhoneHint)> RequestCodeAsync(string memberNumber, string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var number = SqlMemberRoster.Normalize(memberNumber);
        var member = await roster.FindAsync(number, cancellationToken);
        var match = member is { IsActive: true } && MemberNames.Match(member.Name, name);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var hash = await key.HashCodeAsync(number, code, cancellationToken);
        var hint = match ? PhoneHint.Mask(member!.Phone) : await key.FakeHintAsync(number, MemberNames.Normalize(name), cancellationToken);

        var result = await codes.RequestAsync(number, match ? hash : null, clock.GetUtcNow(), SignInLimits.From(settings), cancellationToken);
        if (result.Status != CodeRequestStatus.Issued)
        {
            SignInLog.Limited(logger, result.Status.ToString());
        }
        else if (match)
        {
            sms.Enqueue(new VerificationSms(member!.Phone, code, settings.CodeLifetime));
            SignInLog.CodeQueued(logger);
        }
        else
        {
            SignInLog.NoMatch(logger);
        }

        return (result, hint);
    }

    /// <summary>The member when the code is the pending one and they are still active; otherwise null.</summary>
    public async Task<RosterMember?> VerifyAsync(string memberNumber, string code, CancellationToken cancellationToken)
    {
        var number = SqlMemberRoster.Normalize(memberNumber);
        var check = await codes.CheckAsync(number, await key.HashCodeAsync(number, code, cancellationToken), clock.GetUtcNow(),
            options.Value.MaxWrongCodes, cancellationToken);
        var member = check == CodeCheck.Verified ? await roster.FindAsync(number, cancellationToken) : null;
        if (member is { IsActive: true })
        {
            SignInLog.Verified(logger);
            return member;
        }

        SignInLog.Refused(logger, check);
        return null;
    }
}
