using EngageBot.Infrastructure.Postgres;
using EngageBot.TestKit;
using Npgsql;

namespace EngageBot.Infrastructure.Tests.Postgres;

/// <summary>
/// Why the roster import wrote the first member's values for every later one once automatic preparation was on: a
/// command Npgsql has prepared keeps binding the parameter objects it saw first, so parameters cleared and re-added
/// are ignored (npgsql/npgsql#3850). New values on the same parameter objects are what works; the service's pool
/// prepares automatically (<see cref="PostgresPoolDefaults"/>), so every command that runs again must do that.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NpgsqlRebindTests(PostgresServer server)
{
    private const int Runs = 8; // more than Npgsql's AutoPrepareMinUsages (5), so the command gets prepared

    [Fact]
    public async Task Parameters_cleared_and_re_added_on_a_prepared_command_are_ignored()
    {
        var seen = await RunAsync((command, i) =>
        {
            command.Parameters.Clear();
            command.Parameters.Add(new NpgsqlParameter("n", i));
        });

        // The first runs are unprepared and right; the fifth prepares it, and from then on it binds that run's parameter.
        Assert.Equal([0, 1, 2, 3, 4, 4, 4, 4], seen);
    }

    [Fact]
    public async Task New_values_on_the_same_parameters_reach_the_prepared_command()
    {
        var seen = await RunAsync((command, i) =>
        {
            if (command.Parameters.Count == 0)
            {
                command.Parameters.Add(new NpgsqlParameter("n", i));
            }

            command.Parameters["n"].Value = i;
        });

        Assert.Equal(Enumerable.Range(0, Runs), seen);
    }

    /// <summary>Runs one command <see cref="Runs"/> times on one connection of a pool with the service's other defaults.</summary>
    private async Task<int[]> RunAsync(Action<NpgsqlCommand, int> bind)
    {
        // Unmultiplexed (a connection string may turn the default off): there a command is bound to its connection and
        // prepared on it. Multiplexed commands are prepared per physical connection, but the workaround holds for both.
        await using var dataSource = NpgsqlDataSource.Create(PostgresPoolDefaults.Apply(await server.CreateDatabaseAsync() + ";Multiplexing=false"));
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT @n::int", connection);
        var seen = new int[Runs];
        for (var i = 0; i < Runs; i++)
        {
            bind(command, i);
            seen[i] = (int)(await command.ExecuteScalarAsync())!;
        }

        Assert.True(command.IsPrepared);
        return seen;
    }
}
