namespace Newswire.Generators.Model
{
    /// <summary>One consumer lexicon file: its path, text and the problems found in it.</summary>
    internal sealed record LexiconModel(string Path, string Text, EquatableArray<DiagnosticInfo> Diagnostics);
}
