namespace EngageBot.Features.Staff;

/// <summary>How a sign-in went: the account on success, else why not.</summary>
public sealed record StaffSignInResult(StaffAccount? Account, bool LockedOut)
{
    public static readonly StaffSignInResult WrongCredentials = new(null, false);

    public static readonly StaffSignInResult Locked = new(null, true);
}
