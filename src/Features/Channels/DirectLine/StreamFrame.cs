namespace EngageBot.Features.Channels.DirectLine;

/// <summary>
/// A frame queued for one socket; <see cref="Activity"/> is its one activity's UTF-8 JSON (a slice of the frame) when
/// it may be merged with others, empty otherwise; <see cref="Seq"/> its watermark (0 outside the log). An empty frame is a keep-alive.
/// </summary>
internal readonly record struct StreamFrame(byte[] Frame, ReadOnlyMemory<byte> Activity, long Seq)
{
    /// <summary>The most frames one send merges into one activity set.</summary>
    public const int MaxMerged = 64;

    /// <summary>
    /// Adds to <paramref name="sends"/> what to send for a batch: a keep-alive only when there is nothing else; live
    /// activities merged into one set (their bytes copied, nothing re-encoded).
    /// </summary>
    public static void Merge(List<StreamFrame> batch, List<byte[]> sends, List<ReadOnlyMemory<byte>> scratch)
    {
        var data = 0;
        var mergeable = true;
        long watermark = 0;
        foreach (var frame in batch)
        {
            if (frame.Frame.Length > 0)
            {
                data++;
                mergeable &= !frame.Activity.IsEmpty;
                watermark = Math.Max(watermark, frame.Seq);
            }
        }

        if (data == 0)
        {
            if (batch.Count > 0)
            {
                sends.Add(batch[0].Frame);
            }

            return;
        }

        if (data == 1 || !mergeable)
        {
            foreach (var frame in batch)
            {
                if (frame.Frame.Length > 0)
                {
                    sends.Add(frame.Frame);
                }
            }

            return;
        }

        scratch.Clear();
        foreach (var frame in batch)
        {
            if (frame.Frame.Length > 0)
            {
                scratch.Add(frame.Activity);
            }
        }

        sends.Add(ActivitySetWriter.Join(scratch, watermark > 0 ? watermark : null));
    }
}
