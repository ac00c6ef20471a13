using System.Data.Common;
using EngageBot.Infrastructure.Sqlite;
using EngageBot.TestKit;

namespace EngageBot.Infrastructure.Tests.Sqlite;

/// <summary>
/// A kept statement's parameters are made once and handed to the next lease of the same SQL: each lease must still
/// bind only its own values, typed by those values, and a parameter a caller gave a size or type is never handed on.
/// </summary>
public sealed class KeptParametersTests : IAsyncLifetime
{
    private const string Echo = "SELECT @a, typeof(@a)";
    private readonly string _path = TempSqlite.NewPath();
    private SqliteDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TempSqlite.Open(_path);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        TempSqlite.Delete(_path);
    }

    [Fact]
    public async Task The_next_lease_gets_the_same_parameter_with_its_own_value_and_type()
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        DbParameter first;
        await using (var command = connection.Command(Echo).With("@a", "abc"))
        {
            first = command.Parameters[0];
            Assert.Equal(((object)"abc", "text"), await ReadAsync(command));
        }

        await using (var command = connection.Command(Echo).With("@a", 5L))
        {
            Assert.Same(first, command.Parameters[0]);
            Assert.Equal(((object)5L, "integer"), await ReadAsync(command));
        }

        await using (var command = connection.Command(Echo).With("@a", null))
        {
            Assert.Equal(((object)DBNull.Value, "null"), await ReadAsync(command));
        }
    }

    [Fact]
    public async Task A_parameter_given_a_size_is_not_handed_on()
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        DbParameter sized;
        await using (var command = connection.Command(Echo))
        {
            sized = command.CreateParameter();
            sized.ParameterName = "@a";
            sized.Size = 1;
            sized.Value = "xyz";
            command.Parameters.Add(sized);
            Assert.Equal(((object)"x", "text"), await ReadAsync(command));
        }

        await using (var command = connection.Command(Echo).With("@a", "xyz"))
        {
            Assert.NotSame(sized, command.Parameters[0]);
            Assert.Equal(((object)"xyz", "text"), await ReadAsync(command));
        }
    }

    [Fact]
    public async Task A_lease_binds_only_the_parameters_it_gave()
    {
        await using var connection = await _database.OpenReadAsync(CancellationToken.None);
        await using (var command = connection.Command(Echo).With("@a", "abc").With("@b", "unused"))
        {
            Assert.Equal(((object)"abc", "text"), await ReadAsync(command));
        }

        await using (var command = connection.Command(Echo))
        {
            Assert.Empty(command.Parameters);
            await Assert.ThrowsAnyAsync<InvalidOperationException>(() => command.ExecuteReaderAsync());
        }
    }

    private static async Task<(object Value, string Type)> ReadAsync(DbCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetValue(0), reader.GetString(1));
    }
}
