namespace EngageBot.Infrastructure.Tests;

public sealed class StorageOptionsValidatorTests
{
    [Fact]
    public void The_defaults_pass() => Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions()).Succeeded);

    [Theory]
    [InlineData(CommitGatherRule.Company)]
    [InlineData(CommitGatherRule.Busy)]
    public void Each_gather_rule_passes(CommitGatherRule rule) =>
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions { CommitGatherRule = rule }).Succeeded);

    [Fact]
    public void An_unknown_gather_rule_is_refused_by_name()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { CommitGatherRule = (CommitGatherRule)7 });

        Assert.True(result.Failed);
        Assert.Contains("Storage:CommitGatherRule", result.FailureMessage, StringComparison.Ordinal);
    }
}
