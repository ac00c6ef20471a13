using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>Refuses to start with sign-in limits that would make codes guessable or sign-in impossible.</summary>
public sealed class MemberSignInOptionsValidator : IValidateOptions<MemberSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, MemberSignInOptions options)
    {
        var failures = new List<string>();
        Check(failures, options.CodeLifetime > TimeSpan.Zero && options.CodeLifetime <= TimeSpan.FromMinutes(30), "CodeLifetime must be above zero and at most 30 minutes.");
        Check(failures, options.MaxWrongCodes is >= 1 and <= 10, "MaxWrongCodes must be 1–10.");
        Check(failures, options.ResendInterval >= TimeSpan.Zero && options.ResendInterval < options.CodeLifetime, "ResendInterval must be at least zero and shorter than CodeLifetime.");
        Check(failures, options.RequestsPerNumber >= 1 && options.NumberWindow > TimeSpan.Zero, "RequestsPerNumber must be at least 1 and NumberWindow positive.");
        Check(failures, options.AttemptsPerAddress >= 1 && options.AddressWindow > TimeSpan.Zero, "AttemptsPerAddress must be at least 1 and AddressWindow positive.");
        Check(failures, options.SessionLifetime > TimeSpan.Zero && options.SessionLifetime <= TimeSpan.FromDays(30), "SessionLifetime must be above zero and at most 30 days.");
        Check(failures, string.IsNullOrEmpty(options.CodeKey) || options.CodeKey.Length >= 32, "CodeKey must be at least 32 characters (or empty to keep a generated key in the database).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool ok, string message)
    {
        if (!ok)
        {
            failures.Add("Members:SignIn:" + message);
        }
    }
}
