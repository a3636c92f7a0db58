using System.Collections.Generic;

namespace Newswire.Extraction.Naming;

/// <summary>
/// Hands out unique identifiers within one generated class. Names are asked for in a fixed order
/// (articles by path), so the result is deterministic; a clash keeps the first owner's name and gives
/// the later one a suffix of its own (its file name or kind), then a number.
/// </summary>
public sealed class NameAllocator
{
    private readonly HashSet<string> _taken;

    /// <summary>Creates an allocator with <paramref name="reserved"/> names already in use (members of the class).</summary>
    public NameAllocator(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);

    /// <summary>Allocates <paramref name="wanted"/> or a variant; <paramref name="collided"/> tells whether it had to change.</summary>
    public string Allocate(string wanted, string? disambiguator, out bool collided)
    {
        collided = false;
        if (_taken.Add(wanted))
        {
            return wanted;
        }

        collided = true;
        if (!string.IsNullOrEmpty(disambiguator))
        {
            var withSuffix = wanted + "_" + disambiguator;
            if (_taken.Add(withSuffix))
            {
                return withSuffix;
            }

            wanted = withSuffix;
        }

        for (var n = 2; ; n++)
        {
            var candidate = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
