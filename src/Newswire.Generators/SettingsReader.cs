using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Newswire.Extraction;
using Newswire.Extraction.Diagnostics;
using Newswire.Generators.Model;

namespace Newswire.Generators;

/// <summary>Reads and validates the MSBuild properties (build_property.Newswire*) the package makes visible.</summary>
internal static class SettingsReader
{
    public const string DefaultNamespaceSuffix = ".News";
    public const string FallbackNamespace = "Newswire.Generated";

    public static GeneratorSettings Read(AnalyzerConfigOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        string Get(string name) => options.TryGetValue("build_property." + name, out var v) ? v.Trim() : "";

        var ns = Get("NewswireNamespace");
        if (ns.Length == 0)
        {
            var root = Get("RootNamespace");
            ns = IsValidNamespace(root) ? root + DefaultNamespaceSuffix : FallbackNamespace;
        }
        else if (!IsValidNamespace(ns))
        {
            diagnostics.Add(Invalid("NewswireNamespace", ns, "not a valid C# namespace; '" + FallbackNamespace + "' is used"));
            ns = FallbackNamespace;
        }

        var visibility = Get("NewswireVisibility");
        var isPublic = true;
        if (string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            isPublic = false;
        }
        else if (visibility.Length > 0 && !string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("NewswireVisibility", visibility, "use 'public' or 'internal'; 'public' is used"));
        }

        var enabledText = Get("NewswireEnabled");
        var enabled = !string.Equals(enabledText, "false", StringComparison.OrdinalIgnoreCase);
        if (enabledText.Length > 0 && enabled && !string.Equals(enabledText, "true", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Invalid("NewswireEnabled", enabledText, "use 'true' or 'false'; 'true' is used"));
        }

        var maxChars = Number(Get("NewswireMaxArticleChars"), "NewswireMaxArticleChars", ExtractionOptions.DefaultMaxArticleChars, diagnostics);
        var maxLine = Number(Get("NewswireMaxLineChars"), "NewswireMaxLineChars", ExtractionOptions.DefaultMaxLineChars, diagnostics);
        var maxActors = Number(Get("NewswireMaxActorsPerArticle"), "NewswireMaxActorsPerArticle", ExtractionOptions.DefaultMaxActorsPerArticle, diagnostics);
        var projectDir = Get("ProjectDir");

        return new GeneratorSettings(ns, isPublic, enabled, maxChars, maxLine, maxActors, projectDir.Length == 0 ? null : projectDir, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    public static bool IsValidNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return false;
        }

        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string text, string name, int fallback, List<DiagnosticInfo> diagnostics)
    {
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            return n;
        }

        diagnostics.Add(Invalid(name, text, "use a positive whole number; " + fallback.ToString(CultureInfo.InvariantCulture) + " is used"));
        return fallback;
    }

    private static DiagnosticInfo Invalid(string name, string value, string why) =>
        new DiagnosticInfo(DiagnosticCatalog.InvalidOption.Id, DiagnosticCatalog.InvalidOption.Format(name, value, why), null, 0, 0, 1, 1);
}
