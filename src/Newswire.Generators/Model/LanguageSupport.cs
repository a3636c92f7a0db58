namespace Newswire.Generators.Model;

/// <summary>What the consumer's C# version allows the emitter to use.</summary>
/// <param name="Nullable">C# 8+: nullable annotations and <c>#nullable enable</c>.</param>
internal readonly record struct LanguageSupport(bool Nullable);
