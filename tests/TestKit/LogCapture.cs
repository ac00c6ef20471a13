using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace EngageBot.TestKit;

/// <summary>One log call as a sink sees it: the message, its structured values and the scopes open around it.</summary>
public sealed record LogEntry(
    string Category, LogLevel Level, EventId EventId, string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Values, IReadOnlyList<object> Scopes, Exception? Exception)
{
    /// <summary>Everything a sink could print, as one line: category, level, event, message, each value, each scope and the exception.</summary>
    public string Line
    {
        get
        {
            var line = new StringBuilder($"{Category} [{Level}] [{EventId.Id}] {Message}");
            foreach (var (key, value) in Values)
            {
                line.Append(' ').Append(key).Append('=').Append(value);
            }

            foreach (var scope in Scopes)
            {
                line.Append(" scope=").Append(scope is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
                    : scope);
            }

            return line.Append(' ').Append(Exception).ToString();
        }
    }

    /// <summary>The structured values of the scopes around the call (TraceId, ConversationId…), the innermost last.</summary>
    public Dictionary<string, string?> ScopeValues()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var pairs in Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>())
        {
            foreach (var (key, value) in pairs)
            {
                values[key] = value?.ToString();
            }
        }

        return values;
    }
}

/// <summary>
/// Keeps every log call of a host it is added to (<c>builder.Logging.AddProvider</c> or as an <see cref="ILoggerProvider"/>
/// service), with the scopes around it as a scope-aware console or JSON sink prints them. Filtering is the host's:
/// raise the categories a test needs in its settings.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    /// <summary>Each entry as <see cref="LogEntry.Line"/>.</summary>
    public string[] Lines => [.. Entries.Select(e => e.Line)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<object>();
            owner._scopes.ForEachScope((scope, list) => list.Add(scope!), scopes);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? [.. pairs] : new List<KeyValuePair<string, object?>>();
            owner.Entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values, scopes, exception));
        }
    }
}
