using EngageBot.Features.Operations;

namespace EngageBot.Features.Tests.Operations;

/// <summary>The defaults the issue asks for, and settings that would break the service stop it at start-up with the setting named.</summary>
public sealed class OperationsOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_keep_what_the_union_asked_for()
    {
        var options = new RetentionOptions();

        Assert.True(new RetentionOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(new BackupOptionsValidator().Validate(null, new BackupOptions()).Succeeded);
        Assert.Equal(
            [7d, 180d, 180d, 30d, 30d, 1095d, 90d, 180d],
            Enum.GetValues<Core.Retention.RetentionKind>().Select(k => options.LimitOf(k).TotalDays));
    }

    [Fact]
    public void Bad_retention_settings_are_each_named()
    {
        var result = new RetentionOptionsValidator().Validate(null, new RetentionOptions
        {
            Schedule = "every night",
            BatchSize = 0,
            DedupMarks = TimeSpan.FromHours(1),
        });

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Retention:Schedule", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Retention:BatchSize", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Retention:DedupMarks", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_backup_settings_are_each_named()
    {
        var result = new BackupOptionsValidator().Validate(null, new BackupOptions { Schedule = "", Keep = 0 });

        Assert.Equal(["Backup:Schedule", "Backup:Keep"], result.Failures!.Select(f => f.Split(' ')[0]));
    }
}
