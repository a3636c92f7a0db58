namespace Newswire.Extraction.Model;

/// <summary>
/// The identity of an actor across articles: its kind plus its canonical name, case-folded with
/// typographic variants (curly quotes, dashes, runs of white space, a leading "the") removed and accents
/// folded ("Inácio" and "Inacio" are one name).
/// </summary>
public static class ActorKeys
{
    /// <summary>The key for an actor of <paramref name="kind"/> named <paramref name="name"/>.</summary>
    public static string For(ActorKind kind, string name)
    {
        var buffer = _buffer;
        if (buffer == null || buffer.Length < name.Length + 2)
        {
            _buffer = buffer = new char[System.Math.Max(64, name.Length + 2)];
        }

        var n = 0;
        buffer[n++] = kind == ActorKind.Person ? 'P' : kind == ActorKind.Organization ? 'O' : 'L';
        buffer[n++] = ':';
        var start = name.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        var space = false;
        for (var i = start; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsWhiteSpace(c))
            {
                space = n > 2;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            switch (c)
            {
                case '\u2019':
                case '\u2018':
                    c = '\'';
                    break;
                case '\u2010':
                case '\u2011':
                case '\u2013':
                case '\u2014':
                    c = '-';
                    break;
            }

            buffer[n++] = char.ToLowerInvariant(Diacritics.Fold(c));
        }

        return new string(buffer, 0, n);
    }

    // Scratch for building a key (at most two characters more than the name); one per thread.
    [System.ThreadStatic]
    private static char[]? _buffer;
}
