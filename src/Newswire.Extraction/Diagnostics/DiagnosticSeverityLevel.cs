namespace Newswire.Extraction.Diagnostics;

/// <summary>Default severity of a Newswire diagnostic (mirrors Roslyn's without depending on it).</summary>
public enum DiagnosticSeverityLevel
{
    /// <summary>Informational; shown in the IDE, not in the build log by default.</summary>
    Info = 1,

    /// <summary>A warning: something in the article is probably wrong.</summary>
    Warning = 2,

    /// <summary>An error: the consumer's build fails.</summary>
    Error = 3,
}
