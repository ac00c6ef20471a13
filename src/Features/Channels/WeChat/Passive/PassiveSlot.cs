using System.Text;

namespace EngageBot.Features.Channels.WeChat.Passive;

/// <summary>
/// The passive reply one callback is still waiting to answer with: replies of its turn are added as the turn
/// delivers them, until the callback closes it (turn done, or window over). A reply that no longer fits makes the
/// slot full, so it and every later reply of the turn follow through the customer-service API, in order.
/// </summary>
public sealed class PassiveSlot
{
    /// <summary>WeChat's limit for a passive text reply is 2048 bytes; keep clear of it.</summary>
    public const int MaxBytes = 2000;

    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource<string?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;
    private bool _full;

    /// <summary>What the callback answered with (null: <c>success</c>), for a retry of the same message that came meanwhile.</summary>
#pragma warning disable VSTHRD003 // Completed by the first delivery's callback; no SynchronizationContext in ASP.NET Core.
    public Task<string?> Answer => _answer.Task;
#pragma warning restore VSTHRD003

    public PassiveOffer Offer(string text)
    {
        lock (_text)
        {
            if (_closed)
            {
                return PassiveOffer.Closed;
            }

            var joined = _text.Length == 0 ? text : "\n\n" + text;
            if (_full || Encoding.UTF8.GetByteCount(_text.ToString() + joined) > MaxBytes)
            {
                _full = true;
                return PassiveOffer.Full;
            }

            _text.Append(joined);
            return PassiveOffer.Taken;
        }
    }

    /// <summary>Closes the slot: no reply is taken any more; returns the text taken so far (null: none).</summary>
    public string? Close()
    {
        string? text;
        lock (_text)
        {
            _closed = true;
            text = _text.Length == 0 ? null : _text.ToString();
        }

        return text;
    }

    /// <summary>Tells a waiting retry what the callback answered with.</summary>
    public void Answered(string? content) => _answer.TrySetResult(content);
}

/// <summary>What became of a reply offered to a passive slot.</summary>
public enum PassiveOffer
{
    /// <summary>It goes out as (part of) the passive reply.</summary>
    Taken,

    /// <summary>The passive reply is full: send it after the passive reply, through the customer-service API.</summary>
    Full,

    /// <summary>No callback waits for it (any more): send it through the customer-service API now.</summary>
    Closed,
}
