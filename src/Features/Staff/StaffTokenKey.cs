using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// The HMAC key staff tokens are signed with: <c>Staff:TokenKey</c> when set, else a random key created once
/// in the database (the first instance to start wins), loaded once per process. Two first calls racing both
/// read the same stored key, so no lock is needed.
/// </summary>
public sealed class StaffTokenKey(IOptions<StaffOptions> options, StaffStore store, TimeProvider clock)
{
    private const string SettingKey = "staff.token_key";
    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } known)
        {
            return known;
        }

        var key = string.IsNullOrEmpty(options.Value.TokenKey)
            ? Convert.FromBase64String(await store.GetOrAddSettingAsync(
                SettingKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), clock.GetUtcNow(), cancellationToken))
            : Encoding.UTF8.GetBytes(options.Value.TokenKey);
        Volatile.Write(ref _key, key);
        return key;
    }
}
