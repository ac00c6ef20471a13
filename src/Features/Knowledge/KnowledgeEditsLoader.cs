using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Knowledge;

/// <summary>At start-up, after the schema is migrated, applies the staff's stored knowledge edits.</summary>
public sealed class KnowledgeEditsLoader(KnowledgeEditor editor) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => editor.ApplyStoredAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
