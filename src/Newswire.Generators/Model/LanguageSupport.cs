namespace Newswire.Generators.Model
{
    /// <summary>What the consumer's C# version and framework allow the emitter to use.</summary>
    /// <param name="Nullable">C# 8+: nullable annotations and <c>#nullable enable</c>.</param>
    /// <param name="Utf8Literals">C# 11+ with <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>: article text as <c>"..."u8</c> data.</param>
    internal readonly record struct LanguageSupport(bool Nullable, bool Utf8Literals);
}
