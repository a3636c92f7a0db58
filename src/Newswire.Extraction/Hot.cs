using System.Runtime.CompilerServices;

namespace Newswire.Extraction
{
    /// <summary>
    /// Marks the extraction's loops for full optimization on first call (MethodImplOptions.AggressiveOptimization,
    /// spelled as its value because netstandard2.0 lacks the name). The generator runs in a fresh compiler process
    /// on every command-line build, where tiered compilation would run these loops as unoptimized code for most of
    /// the build; measured, that made the generator about twice as slow in `dotnet build`.
    /// </summary>
    internal static class Hot
    {
        public const MethodImplOptions Path = (MethodImplOptions)512;
    }
}
