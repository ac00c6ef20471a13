namespace EngageBot.Features.Members.SignIn;

/// <summary>Member sign-in by SMS code (<c>Members:SignIn:…</c>).</summary>
public sealed class MemberSignInOptions
{
    public const string Section = "Members:SignIn";

    /// <summary>How long a code stays valid.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong codes that void the pending one (a new code must be asked for).</summary>
    public int MaxWrongCodes { get; set; } = 5;

    /// <summary>How long after one code the next may be asked for (429 with Retry-After before).</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Code requests one member number may make per <see cref="NumberWindow"/>.</summary>
    public int RequestsPerNumber { get; set; } = 6;

    public TimeSpan NumberWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Sign-in calls (code requests and code checks together) one client address may make per <see cref="AddressWindow"/>.
    /// Counted per instance; a workplace behind one NAT address shares it, hence the generous default.
    /// </summary>
    public int AttemptsPerAddress { get; set; } = 60;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the member page's session token lives.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The key codes are hashed with (at least 32 characters). Empty: a random key is created once and kept in the
    /// database. Set it to keep a copy of the database alone from being enough to try all million codes of a pending one.
    /// </summary>
    public string? CodeKey { get; set; }
}
