using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Checks a user name and password. Each attempt is counted towards the lockout before the password is checked, in
/// the same statement that checks the lock (<see cref="StaffStore.TryClaimAttemptAsync"/>); a right password clears
/// the count. A locked account is refused without checking the password, so guessing stops paying off. Unknown names
/// and locked accounts cost the same time as wrong passwords; the caller answers all three the same way.
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

        var settings = options.Value;
        if (!await store.TryClaimAttemptAsync(account.Id, now, settings.MaxFailedAttempts, now + settings.LockoutDuration, cancellationToken))
        {
            // Same work as a wrong password, so the time taken does not tell a locked account from a wrong password.
            hasher.VerifyNothing(password);
            StaffLog.LockedOut(logger, account.Id);
            await audit.RecordAsync(account.Id, account.UserName, "sign-in", "locked", StatusCodes.Status423Locked, cancellationToken);
            return StaffSignInResult.Locked;
        }

        if (!PasswordHasher.Verify(password, account.PasswordHash))
        {
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
