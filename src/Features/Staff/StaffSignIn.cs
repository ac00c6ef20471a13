using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Checks a user name and password. Wrong passwords count towards a lockout; a locked account is refused
/// without checking the password, so guessing stops paying off. Unknown names cost the same time as known ones.
/// Every attempt is audited (user name and outcome, never the password).
/// </summary>
public sealed partial class StaffSignIn(
    StaffStore store,
    PasswordHasher hasher,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    StaffAudit audit,
    ILogger<StaffSignIn> logger)
{
    public async Task<StaffSignInResult> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await store.FindByUserNameAsync(userName.Trim(), cancellationToken);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            hasher.VerifyNothing(password);
            StaffLog.UnknownUser(logger);
            await audit.RecordAsync(null, userName.Trim(), "sign-in", null, StatusCodes.Status401Unauthorized, cancellationToken);
            return StaffSignInResult.WrongCredentials;
        }

        if (account.IsLockedOut(now))
        {
            StaffLog.LockedOut(logger, account.Id);
            await audit.RecordAsync(account.Id, account.UserName, "sign-in", "locked", StatusCodes.Status423Locked, cancellationToken);
            return StaffSignInResult.Locked;
        }

        if (!PasswordHasher.Verify(password, account.PasswordHash))
        {
            var settings = options.Value;
            await store.RecordFailureAsync(account.Id, now, settings.MaxFailedAttempts, now + settings.LockoutDuration, cancellationToken);
            StaffLog.WrongPassword(logger, account.Id);
            await audit.RecordAsync(account.Id, account.UserName, "sign-in", null, StatusCodes.Status401Unauthorized, cancellationToken);
            return StaffSignInResult.WrongCredentials;
        }

        await store.RecordSuccessAsync(account.Id, now, cancellationToken);
        StaffLog.SignedIn(logger, account.Id);
        await audit.RecordAsync(account.Id, account.UserName, "sign-in", null, StatusCodes.Status200OK, cancellationToken);
        return new StaffSignInResult(account, false);
    }
}
