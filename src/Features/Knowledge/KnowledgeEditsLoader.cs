using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Staff;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// At start-up, after the schema is migrated, applies the staff's stored knowledge edits, then trains the learned
/// second opinion so the first member's turn does not wait for it.
/// </summary>
public sealed class KnowledgeEditsLoader(KnowledgeEditor editor, IKnowledgeBase knowledge) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await editor.ApplyStoredAsync(cancellationToken);
        _ = knowledge.Current.Learned;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
