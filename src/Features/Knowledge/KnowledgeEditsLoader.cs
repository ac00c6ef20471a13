using EngageBot.Features.Groups;
using EngageBot.Features.Handoff;
using EngageBot.Features.Knowledge.Learned;
using EngageBot.Features.Staff;
using Microsoft.Extensions.Hosting;

namespace EngageBot.Features.Knowledge;

/// <summary>
/// At start-up, after the schema is migrated, applies the staff's stored knowledge edits and the examples they taught,
/// then trains the learned second opinion so the first member's turn does not wait for it.
/// </summary>
public sealed class KnowledgeEditsLoader(KnowledgeEditor editor, ExampleTeacher teacher, IKnowledgeBase knowledge) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (knowledge.BatchSwaps())
        {
            await teacher.ApplyStoredAsync(cancellationToken);
            await editor.ApplyStoredAsync(cancellationToken);
        }

        _ = knowledge.Current.Learned; // waits for the one training the batch started, if any
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
