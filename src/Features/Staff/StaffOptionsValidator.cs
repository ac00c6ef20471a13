using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>Refuses to start with staff settings that would make sign-in weak or broken.</summary>
public sealed class StaffOptionsValidator : IValidateOptions<StaffOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.TokenKey) && options.TokenKey.Length < 32)
        {
            failures.Add("Staff:TokenKey must be at least 32 characters (or empty to keep a generated key in the database).");
        }

        if (options.TokenLifetime <= TimeSpan.Zero || options.TokenLifetime > TimeSpan.FromDays(7))
        {
            failures.Add("Staff:TokenLifetime must be positive and at most 7 days.");
        }

        if (options.MaxFailedAttempts < 1)
        {
            failures.Add("Staff:MaxFailedAttempts must be at least 1.");
        }

        if (options.LockoutDuration <= TimeSpan.Zero)
        {
            failures.Add("Staff:LockoutDuration must be positive.");
        }

        if (options.LoginAttemptsPerAddress < 1 || options.LoginAddressWindow <= TimeSpan.Zero)
        {
            failures.Add("Staff:LoginAttemptsPerAddress must be at least 1 and Staff:LoginAddressWindow positive.");
        }

        if (options.PasswordIterations < PasswordHasher.MinimumIterations)
        {
            failures.Add($"Staff:PasswordIterations must be at least {PasswordHasher.MinimumIterations}.");
        }

        var admin = options.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.UserName) != string.IsNullOrEmpty(admin.Password))
        {
            failures.Add("Staff:BootstrapAdmin needs both UserName and Password, or neither.");
        }
        else if (!string.IsNullOrEmpty(admin.Password) && admin.Password.Length < PasswordHasher.MinimumPasswordLength)
        {
            failures.Add($"Staff:BootstrapAdmin:Password must be at least {PasswordHasher.MinimumPasswordLength} characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
