using System.Security.Cryptography;
using System.Text;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Members.SignIn;

/// <summary>
/// The key sign-in codes are hashed with, and made-up phone hints derived from: <c>Members:SignIn:CodeKey</c>, or a
/// random key created once in <c>member_secrets</c> (the first instance to start wins), so every instance and
/// every restart agrees.
/// </summary>
public sealed class SignInKey(IDatabase database, IOptions<MemberSignInOptions> options, TimeProvider clock) : IDisposable
{
    private const string Name = "sign-in-code-key";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<string> HashCodeAsync(string memberNumber, string code, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(await GetAsync(cancellationToken), Encoding.UTF8.GetBytes("code\n" + memberNumber + "\n" + code)));

    public async Task<string> FakeHintAsync(string memberNumber, string normalizedName, CancellationToken cancellationToken) =>
        PhoneHint.Fake(HMACSHA256.HashData(await GetAsync(cancellationToken), Encoding.UTF8.GetBytes("hint\n" + memberNumber + "\n" + normalizedName)));

    private async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= string.IsNullOrEmpty(options.Value.CodeKey)
                ? Convert.FromBase64String(await GetOrAddStoredAsync(cancellationToken))
                : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.CodeKey));
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<string> GetOrAddStoredAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(
                "INSERT INTO member_secrets (name, value, created_at) VALUES (@n, @v, @t) ON CONFLICT (name) DO NOTHING", transaction)
                .With("@n", Name).With("@v", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
                .With("@t", clock.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var select = connection.Command("SELECT value FROM member_secrets WHERE name = @n", transaction).With("@n", Name);
            return (string)(await select.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
