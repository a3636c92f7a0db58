namespace Newswire.Extraction.Diagnostics;

/// <summary>The fixed parts of one diagnostic: id, title, message format and default severity.</summary>
public sealed class DiagnosticDefinition
{
    internal DiagnosticDefinition(string id, string title, string messageFormat, DiagnosticSeverityLevel severity, string category)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
        Category = category;
    }

    /// <summary>The id, e.g. <c>NEWS001</c>.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Message with <c>{0}</c>-style placeholders.</summary>
    public string MessageFormat { get; }

    /// <summary>Default severity.</summary>
    public DiagnosticSeverityLevel Severity { get; }

    /// <summary>Category (Newswire.Article, Newswire.FrontMatter, Newswire.Naming, Newswire.Limits, Newswire.Configuration).</summary>
    public string Category { get; }

    /// <summary>Formats the message with invariant culture.</summary>
    public string Format(params object[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
