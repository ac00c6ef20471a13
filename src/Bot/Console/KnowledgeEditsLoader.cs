namespace EngageBot.Bot.Console;

/// <summary>At start-up, after the schema is migrated, applies the staff's stored knowledge edits.</summary>
public sealed class KnowledgeEditsLoader(KnowledgeEditor editor) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => editor.ApplyStoredAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
