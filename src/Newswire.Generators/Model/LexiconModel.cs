namespace Newswire.Generators.Model;

/// <summary>A consumer lexicon file as classified: its path and text (null when unreadable), no compiler object.</summary>
internal sealed record LexiconSource(string Path, string? Text);

/// <summary>One consumer lexicon file: its path, text and the problems found in it.</summary>
internal sealed record LexiconModel(string Path, string Text, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>All of the project's lexicon files: their joined text (null for none) and their problems.</summary>
internal sealed record LexiconSet(string? Text, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly LexiconSet None = new LexiconSet(null, EquatableArray<DiagnosticInfo>.Empty);
}
