using System.Runtime.CompilerServices;

namespace Newswire.Extraction
{
    /// <summary>
    /// Marks the lexicon loaders for full optimization on first call (MethodImplOptions.AggressiveOptimization,
    /// spelled as its value because netstandard2.0 lacks the name). They run once per process over half a megabyte
    /// of data, and the generator runs in a fresh compiler process on every command-line build, where tiered
    /// compilation would run those loops unoptimized. Per-article code is left to tiering: marking it too made the
    /// first build faster but steady extraction about 30% slower (no profile-guided tier).
    /// </summary>
    internal static class Hot
    {
        public const MethodImplOptions Path = (MethodImplOptions)512;
    }
}
