using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

namespace Newswire.Extraction.Lexicons;

/// <summary>The embedded data files of <c>Lexicons/Data</c>, read line by line.</summary>
internal static class LexiconResources
{
    /// <summary>The lines of an embedded <c>Lexicons/Data</c> file, without blank lines and <c>#</c> comments.</summary>
    [MethodImpl(Hot.Once)]
    public static IEnumerable<string> ReadLines(string file)
    {
        var asm = typeof(LexiconResources).Assembly;
        using var stream = asm.GetManifestResourceStream("Newswire.Lexicons." + file)
                           ?? throw new InvalidOperationException("Missing embedded lexicon " + file);
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }
}
