namespace EngageBot.Features.Members.SignIn;

/// <summary>The per-number limits the code store enforces, from <see cref="MemberSignInOptions"/>.</summary>
public sealed record SignInLimits(TimeSpan CodeLifetime, TimeSpan ResendInterval, int RequestsPerNumber, TimeSpan NumberWindow, int MaxWrongCodes)
{
    public static SignInLimits From(MemberSignInOptions options) =>
        new(options.CodeLifetime, options.ResendInterval, options.RequestsPerNumber, options.NumberWindow, options.MaxWrongCodes);
}
