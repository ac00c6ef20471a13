using Microsoft.Extensions.Options;

namespace EngageBot.Infrastructure;

/// <summary>Checked at start-up: a known provider and a connection string.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => new OptionsFailures()
        .Check(Enum.IsDefined(options.Provider), $"Storage:Provider must be {string.Join(" or ", Enum.GetNames<StorageProvider>())}.")
        .Check(!string.IsNullOrWhiteSpace(options.ConnectionString), "ConnectionStrings:EngageBot must not be empty.")
        .Result;
}
