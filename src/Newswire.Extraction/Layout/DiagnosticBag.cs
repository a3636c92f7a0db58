using System.Collections.Generic;
using Newswire.Extraction.Diagnostics;

namespace Newswire.Extraction.Layout;

/// <summary>Collects located diagnostics while an article is read.</summary>
public sealed class DiagnosticBag
{
    private readonly LineMap _lines;
    private readonly List<ArticleDiagnostic> _items = new List<ArticleDiagnostic>();

    /// <summary>Creates a bag locating offsets with <paramref name="lines"/>.</summary>
    public DiagnosticBag(LineMap lines) => _lines = lines;

    /// <summary>The diagnostics so far.</summary>
    public IReadOnlyList<ArticleDiagnostic> Items => _items;

    /// <summary>Adds a diagnostic at a span of the text.</summary>
    public void Add(DiagnosticDefinition definition, int start, int length, params object[] args)
    {
        var (line, column) = _lines.Position(start);
        _items.Add(new ArticleDiagnostic(definition, definition.Format(args), line, column, start, length));
    }
}
