using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// PBKDF2-SHA256 password hashes with a random per-account salt, stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c> (base64), so the iteration count can rise later without
/// breaking old hashes. Comparison is constant-time.
/// </summary>
public sealed class PasswordHasher(IOptions<StaffOptions> options)
{
    public const int MinimumIterations = 100_000;
    public const int MinimumPasswordLength = 8;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly Lazy<string> _dummy = new(() => HashWith("timing-equaliser", MinimumIterations));

    public string Hash(string password) => HashWith(password, Math.Max(MinimumIterations, options.Value.PasswordIterations));

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Spends the same work as a real check, so unknown user names answer no faster than known ones.</summary>
    public void VerifyNothing(string password) => Verify(password, _dummy.Value);

    private static string HashWith(string password, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }
}
