using EngageBot.Features.Channels.BotFramework;
using EngageBot.TestKit;
using Microsoft.Extensions.Options;

namespace EngageBot.Bot.Tests.Channels;

/// <summary>
/// A user-assigned managed identity, as on Azure App Service: MSAL finds the identity endpoint in the process's
/// IDENTITY_ENDPOINT and IDENTITY_HEADER variables. Its own collection, so no other test runs while they are set.
/// </summary>
[Collection(nameof(ManagedIdentityTokenTests))]
public sealed class ManagedIdentityTokenTests
{
    [Fact]
    public async Task A_user_assigned_identity_gets_the_token_from_the_hosts_identity_endpoint_without_a_secret()
    {
        await using var auth = await ChannelAuthServer.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName);
        await using var provider = services.BuildServiceProvider();
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", auth.ManagedIdentityEndpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", EntraTokenEndpoint.IdentityHeader);
        try
        {
            using var tokens = new MsalBotTokenProvider(
                provider.GetRequiredService<IHttpClientFactory>(),
                Options.Create(new BotCredentialsOptions { MicrosoftAppId = ChannelAuthServer.AppId, MicrosoftAppType = BotAppType.UserAssignedMSI }),
                Options.Create(new ChannelAuthOptions()),
                TimeProvider.System);

            Assert.Equal("bot-token-1", await tokens.GetTokenAsync(CancellationToken.None));
            Assert.Equal("bot-token-1", await tokens.GetTokenAsync(CancellationToken.None));
            Assert.Equal(["managed-identity"], auth.Tokens.Credentials);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}

[CollectionDefinition(nameof(ManagedIdentityTokenTests), DisableParallelization = true)]
public sealed class ManagedIdentityCollection;
