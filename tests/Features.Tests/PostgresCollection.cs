using EngageBot.TestKit;

namespace EngageBot.Features.Tests;

/// <summary>One PostgreSQL server for every test class that needs one (xunit takes collection definitions from the test assembly only).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
