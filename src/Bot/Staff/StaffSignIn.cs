using EngageBot.Storage.Staff;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Staff;

/// <summary>
/// Checks a user name and password. Wrong passwords count towards a lockout; a locked account is refused
/// without checking the password, so guessing stops paying off. Unknown names cost the same time as known ones.
/// </summary>
public sealed partial class StaffSignIn(
    StaffStore store,
    PasswordHasher hasher,
    IOptions<StaffOptions> options,
    TimeProvider clock,
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
            return StaffSignInResult.WrongCredentials;
        }

        if (account.IsLockedOut(now))
        {
            StaffLog.LockedOut(logger, account.Id);
            return StaffSignInResult.Locked;
        }

        if (!PasswordHasher.Verify(password, account.PasswordHash))
        {
            var settings = options.Value;
            await store.RecordFailureAsync(account.Id, now, settings.MaxFailedAttempts, now + settings.LockoutDuration, cancellationToken);
            StaffLog.WrongPassword(logger, account.Id);
            return StaffSignInResult.WrongCredentials;
        }

        await store.RecordSuccessAsync(account.Id, now, cancellationToken);
        StaffLog.SignedIn(logger, account.Id);
        return new StaffSignInResult(account, false);
    }
}
