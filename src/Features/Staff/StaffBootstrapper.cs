using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Staff;

/// <summary>
/// Creates the first admin from <c>Staff:BootstrapAdmin</c> at startup, only when no account has that user
/// name (a changed password in configuration never overwrites the stored one). Runs after the migrations.
/// </summary>
public sealed class StaffBootstrapper(
    StaffStore store,
    PasswordHasher hasher,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    ILogger<StaffBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value.BootstrapAdmin;
        if (string.IsNullOrWhiteSpace(admin.UserName) || string.IsNullOrEmpty(admin.Password))
        {
            StaffLog.NoBootstrapAdmin(logger);
            return;
        }

        var userName = admin.UserName.Trim();
        if (await store.FindByUserNameAsync(userName, cancellationToken) is not null)
        {
            return;
        }

        var account = new StaffAccount(
            Guid.NewGuid().ToString("N"), userName, hasher.Hash(admin.Password), StaffRole.Admin, clock.GetUtcNow(), 0, null);
        if (await store.TryCreateAsync(account, cancellationToken))
        {
            StaffLog.BootstrapCreated(logger, account.Id);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
