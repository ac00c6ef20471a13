namespace EngageBot.Features.Tests.Members.SignIn;

public sealed class SqliteMemberSignInTests : MemberSignInContract
{
    protected override Task<Dictionary<string, string?>> StorageSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}
