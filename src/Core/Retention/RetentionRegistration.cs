using EngageBot.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngageBot.Core.Retention;

/// <summary>How a feature declares the retention of a table it owns.</summary>
public static class RetentionRegistration
{
    public static IServiceCollection AddRetentionTarget(this IServiceCollection services, RetentionKind kind, RetentionTable table) =>
        services.AddSingleton<IRetentionTarget>(sp => new SqlRetentionTarget(sp.GetRequiredService<IDatabase>(), kind, table));
}
