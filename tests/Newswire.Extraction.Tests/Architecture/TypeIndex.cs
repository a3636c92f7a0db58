using System;
using System.Collections.Generic;
using System.Linq;

namespace Newswire.Extraction.Tests.Architecture;

/// <summary>
/// Which layer each engine name belongs to, so a file's references can be mapped to layers: namespaces
/// <c>Newswire.Extraction.X</c> (layer X), their types and sub-namespaces for partly qualified names, and the
/// types declared in <c>Newswire</c> or <c>Newswire.Extraction</c>, which every engine file sees without a using.
/// </summary>
internal sealed class TypeIndex
{
    private readonly HashSet<(string, string)> _qualified = new();
    private readonly Dictionary<string, string> _visibleEverywhere = new(StringComparer.Ordinal);

    public TypeIndex(IReadOnlyList<SourceFile> files, Func<SourceFile, string> layerOf)
    {
        var declaredIn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            foreach (var t in f.DeclaredTypes)
            {
                declaredIn[t] = declaredIn.TryGetValue(t, out var n) ? n + 1 : 1;
            }
        }

        foreach (var f in files)
        {
            var parts = f.Namespace.Split('.');
            if (parts.Length == 3 && parts[0] == "Newswire" && parts[1] == "Extraction")
            {
                foreach (var t in f.DeclaredTypes)
                {
                    _qualified.Add((parts[2], t));
                }
            }
            else if (parts.Length > 3 && parts[0] == "Newswire" && parts[1] == "Extraction")
            {
                _qualified.Add((parts[2], parts[3]));
            }
            else if (f.Namespace is "Newswire" or "Newswire.Extraction")
            {
                // Only names declared once: a nested type elsewhere with the same simple name is not this one.
                foreach (var t in f.DeclaredTypes.Where(t => declaredIn[t] == 1))
                {
                    _visibleEverywhere[t] = layerOf(f);
                }
            }
        }
    }

    /// <summary>(layer, line, what) for every engine name <paramref name="file"/> uses.</summary>
    public IEnumerable<(string Layer, int Line, string What)> References(SourceFile file)
    {
        foreach (var (ns, line) in file.NamedEngineNamespaces())
        {
            yield return (ns, line, "Newswire.Extraction." + ns);
        }

        if (file.Namespace.StartsWith("Newswire.Extraction", StringComparison.Ordinal))
        {
            foreach (var (ns, member, line) in file.PartlyQualified(_qualified))
            {
                yield return (ns, line, ns + "." + member);
            }
        }

        var own = new HashSet<string>(file.DeclaredTypes);
        var visible = new HashSet<string>(_visibleEverywhere.Keys.Where(k => !own.Contains(k)));
        foreach (var (name, line) in file.SimpleNames(visible))
        {
            yield return (_visibleEverywhere[name], line, name);
        }
    }
}
