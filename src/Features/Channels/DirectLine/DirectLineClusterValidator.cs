using EngageBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// Clustered, every instance must accept the tokens the others issue: Direct Line tokens are signed with a key
/// derived from <c>DirectLine:Secret</c>, and without it each process signs with a random key of its own.
/// (The staff token key and the sign-in code key need nothing here: unset, they are kept in the shared database.)
/// </summary>
public sealed class DirectLineClusterValidator(IOptions<DirectLineOptions> directLine) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options) =>
        options.Enabled && string.IsNullOrEmpty(directLine.Value.Secret)
            ? ValidateOptionsResult.Fail(
                "Cluster:Enabled needs DirectLine:Secret, the same on every instance: without it each instance signs Direct Line "
                + "tokens with a random key of its own, and a member's token from one instance is refused by the others. "
                + "Set DirectLine:Secret (32+ random characters) to one value everywhere, or turn Cluster:Enabled off.")
            : ValidateOptionsResult.Success;
}
