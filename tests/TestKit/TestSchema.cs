using EngageBot.Core.State;
using EngageBot.Features.Dialogs;
using EngageBot.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngageBot.TestKit;

/// <summary>The schema migrator over every owner's scripts, as the service registers them.</summary>
public static class TestSchema
{
    public static IReadOnlyList<SchemaScripts> Scripts { get; } =
        [new(typeof(IDatabase).Assembly), new(typeof(StateStore).Assembly), new(typeof(DialogEngine).Assembly)];

    public static SchemaMigrator Migrator(IDatabase database, TimeProvider? clock = null) =>
        new(database, Scripts, clock ?? TimeProvider.System, NullLogger<SchemaMigrator>.Instance);
}
