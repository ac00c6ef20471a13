using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>Diagnostics only: with ENGAGEBOT_TEST_ERRORS set to a file path, BotHost appends every error the service logs there.</summary>
internal sealed class FileErrorLog(string path) : ILoggerProvider, ILogger
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lock (_gate)
            {
                File.AppendAllText(path, $"{logLevel} {eventId}: {formatter(state, exception)}\n{exception}\n");
            }
        }
    }

    public void Dispose()
    {
    }
}
