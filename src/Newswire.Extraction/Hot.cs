using System.Runtime.CompilerServices;

namespace Newswire.Extraction;

/// <summary>
/// Method flags for code that must be fast on its first call (MethodImplOptions.AggressiveOptimization, spelled as
/// its value because netstandard2.0 lacks the name). The generator runs in a fresh compiler process on every
/// command-line build, where tiered compilation would run the extraction unoptimized for most of the build.
/// </summary>
internal static class Hot
{
    /// <summary>Always optimized at once: code that runs once per process over a lot of data (lexicon loading).</summary>
    public const MethodImplOptions Once = (MethodImplOptions)512;

#if NEWSWIRE_COLD_START
    /// <summary>
    /// Per-article code: optimized at once in the generator's copy of this assembly. Elsewhere (runtime, CLI) it is
    /// left to tiering, whose profile-guided code is about 30% faster once warm.
    /// </summary>
    public const MethodImplOptions Path = (MethodImplOptions)512;
#else
    /// <summary>Per-article code: left to tiered compilation in this copy of the assembly.</summary>
    public const MethodImplOptions Path = 0;
#endif
}
