using EngageBot.Infrastructure.Postgres;
using Npgsql;

namespace EngageBot.Infrastructure.Tests.Postgres;

public sealed class PostgresPoolDefaultsTests
{
    [Fact]
    public void A_connection_string_without_it_gets_no_reset_on_close_and_no_automatic_preparation()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;Maximum Pool Size=30"));

        Assert.True(applied.NoResetOnClose);
        Assert.Equal(0, applied.MaxAutoPrepare);
        Assert.Equal(30, applied.MaxPoolSize);
    }

    [Fact]
    public void Settings_the_connection_string_names_are_kept()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresPoolDefaults.Apply("Host=127.0.0.1;Database=x;No Reset On Close=false;MaxAutoPrepare=16"));

        Assert.False(applied.NoResetOnClose);
        Assert.Equal(16, applied.MaxAutoPrepare);
    }
}
