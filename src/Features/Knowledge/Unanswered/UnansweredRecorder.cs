using System.Threading.Channels;
using EngageBot.Core.Turns;
using Microsoft.Extensions.Options;

namespace EngageBot.Features.Knowledge.Unanswered;

/// <summary>
/// Notes the questions the knowledge route could not answer, or answered with low confidence, without slowing the
/// turn: the masked question goes into a bounded in-memory queue that <see cref="UnansweredWriter"/> writes in batches
/// (when the queue is full, a question is dropped rather than the turn held up). Never logs the text.
/// </summary>
public sealed class UnansweredRecorder(UnansweredStore store, TimeProvider clock, IOptions<RecognizerOptions> options) : IDisposable
{
    public const int Capacity = 1000;
    private const int BatchSize = 200;

    private readonly Channel<UnansweredQuestion> _queue = Channel.CreateBounded<UnansweredQuestion>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });

    private readonly SemaphoreSlim _drain = new(1, 1);

    internal ChannelReader<UnansweredQuestion> Pending => _queue.Reader;

    /// <summary>Queues the question when the reading is a fallback, a clarification or a low-confidence answer.</summary>
    public void Note(TurnContext context, RecognizedIntent recognized)
    {
        if (string.IsNullOrWhiteSpace(context.Text) || Classify(recognized, options.Value) is not { } reading)
        {
            return;
        }

        var closest = recognized.Top ?? (recognized.Candidates.Count > 0 ? recognized.Candidates[0] : null);
        _queue.Writer.TryWrite(new UnansweredQuestion(
            0, clock.GetUtcNow(), DigitMask.Apply(context.Text), context.Language, reading, closest?.Entry.Id, Math.Round(closest?.Score ?? 0, 3)));
    }

    /// <summary>What makes a reading worth a staff member's look; null for a confident answer or a command.</summary>
    public static UnansweredReading? Classify(RecognizedIntent recognized, RecognizerOptions settings) => recognized.Intent switch
    {
        Intent.None when recognized.OffTopic => UnansweredReading.OffTopic,
        Intent.None => UnansweredReading.None,
        Intent.Clarify => UnansweredReading.Clarify,
        Intent.Faq or Intent.Club when recognized.Top is { } top && top.Score < settings.AnswerThreshold => UnansweredReading.LowConfidence,
        _ => null,
    };

    /// <summary>Writes everything queued so far (the writer's loop, and the console before it lists).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _drain.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<UnansweredQuestion>();
            while (_queue.Reader.TryRead(out var question))
            {
                batch.Add(question);
                if (batch.Count == BatchSize)
                {
                    await store.AddAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            await store.AddAsync(batch, cancellationToken);
        }
        finally
        {
            _drain.Release();
        }
    }

    public void Dispose() => _drain.Dispose();
}
