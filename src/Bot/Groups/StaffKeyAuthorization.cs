using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Groups;

/// <summary>Until staff sign-in exists: a request is staff when it carries <c>X-Staff-Key</c> equal to <c>Staff:ApiKey</c>.</summary>
public sealed class StaffKeyAuthorization(IOptions<StaffKeyOptions> options) : IStaffAuthorization
{
    public Task<string?> AuthorizeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var expected = options.Value.ApiKey;
        var given = request.Headers["X-Staff-Key"].ToString();
        var ok = !string.IsNullOrEmpty(expected) && given.Length > 0
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
        return Task.FromResult(ok ? "staff" : null);
    }
}
