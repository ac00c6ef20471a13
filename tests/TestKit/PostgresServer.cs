using Npgsql;

namespace EngageBot.TestKit;

/// <summary>
/// A real PostgreSQL for a test collection (<see cref="LocalPostgres"/>: the machine's binaries, a temp directory, a
/// loopback port, removed afterwards). Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private LocalPostgres? _server;

    private LocalPostgres Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await LocalPostgres.StartAsync("engagebot-pg-", "max_connections=200");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    // No pool size: the service's own default applies (PostgresPoolDefaults caps a multiplexed pool per core), so the
    // tests run on the pool production gets.
    private string ConnectionString(string database) => Server.ConnectionString(database) + ";Pooling=true";

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
