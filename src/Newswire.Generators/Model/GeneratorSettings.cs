using System;

namespace Newswire.Generators.Model;

/// <summary>The project-wide MSBuild options the generator reads (build_property.*), validated.</summary>
internal sealed class GeneratorSettings : IEquatable<GeneratorSettings>
{
    public GeneratorSettings(string @namespace, bool isPublic, bool enabled, int maxArticleChars, int maxLineChars, int maxActors, string? projectDir, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Namespace = @namespace;
        IsPublic = isPublic;
        Enabled = enabled;
        MaxArticleChars = maxArticleChars;
        MaxLineChars = maxLineChars;
        MaxActors = maxActors;
        ProjectDir = projectDir;
        Diagnostics = diagnostics;
    }

    public string Namespace { get; }

    public bool IsPublic { get; }

    public bool Enabled { get; }

    public int MaxArticleChars { get; }

    public int MaxLineChars { get; }

    public int MaxActors { get; }

    /// <summary>Project folder, to make article paths relative.</summary>
    public string? ProjectDir { get; }

    /// <summary>Problems with the options themselves (NEWS012).</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public bool Equals(GeneratorSettings? other) =>
        other is not null && Namespace == other.Namespace && IsPublic == other.IsPublic && Enabled == other.Enabled
        && MaxArticleChars == other.MaxArticleChars && MaxLineChars == other.MaxLineChars && MaxActors == other.MaxActors
        && ProjectDir == other.ProjectDir && Diagnostics.Equals(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as GeneratorSettings);

    public override int GetHashCode() => Namespace.GetHashCode() ^ MaxArticleChars;
}
