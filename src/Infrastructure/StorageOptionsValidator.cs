using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>Checked at start-up: a known provider, a connection string and a short commit gather.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => new OptionsFailures()
        .Check(Enum.IsDefined(options.Provider), $"Storage:Provider must be {string.Join(" or ", Enum.GetNames<StorageProvider>())}.")
        .Check(!string.IsNullOrWhiteSpace(options.ConnectionString), "ConnectionStrings:EngageBot must not be empty.")
        .Check(options.CommitGather >= TimeSpan.Zero && options.CommitGather <= TimeSpan.FromMilliseconds(50),
            "Storage:CommitGather must be between 00:00:00 and 00:00:00.050.")
        .Check(Enum.IsDefined(options.CommitGatherRule),
            $"Storage:CommitGatherRule must be {string.Join(" or ", Enum.GetNames<CommitGatherRule>())}.")
        .Result;
}
