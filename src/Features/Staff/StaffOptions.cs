namespace EngageBot.Features.Staff;

/// <summary>Staff sign-in settings (<c>Staff:…</c>).</summary>
public sealed class StaffOptions
{
    /// <summary>The first admin, created at startup when no account has this user name yet.</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>
    /// The token signing key (at least 32 characters). When empty, a random key is created once and kept in
    /// the database, so every instance and every restart accepts the same tokens.
    /// </summary>
    public string? TokenKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts one client address may make per <see cref="LoginAddressWindow"/>, on both login routes together.</summary>
    public int LoginAttemptsPerAddress { get; set; } = 30;

    public TimeSpan LoginAddressWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>PBKDF2-SHA256 iterations for new hashes (never below 100,000).</summary>
    public int PasswordIterations { get; set; } = 100_000;
}
