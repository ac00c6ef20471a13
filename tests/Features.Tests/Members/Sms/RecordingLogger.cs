using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EngageBot.Features.Tests.Members.Sms;

/// <summary>Keeps every formatted message (with its exception), so a test can prove what never reached the log.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{eventId.Id} {formatter(state, exception)} {exception}");
}
