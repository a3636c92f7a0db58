using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Newswire.Generators.Tests.Infrastructure;

/// <summary>An in-memory AdditionalFile; a null text simulates a file that cannot be read.</summary>
public sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public TestAdditionalText(string path, string? text)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}
