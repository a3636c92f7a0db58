using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Newswire.Generators.Tests.Infrastructure;

/// <summary>build_property.* and per-file build_metadata.* values, as MSBuild would pass them.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Dictionary<string, string>> _files;

    public TestOptionsProvider(Dictionary<string, string> global, Dictionary<string, Dictionary<string, string>>? files = null)
    {
        GlobalOptions = new Options(global);
        _files = files ?? new Dictionary<string, Dictionary<string, string>>();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(_files.TryGetValue(textFile.Path, out var o) ? o : new Dictionary<string, string>());

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
