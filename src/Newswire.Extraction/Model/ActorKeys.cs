using System.Text;

namespace Newswire.Extraction.Model
{
    /// <summary>
    /// The identity of an actor across articles: its kind plus its canonical name, case-folded with
    /// typographic variants (curly quotes, dashes, runs of white space, a leading "the") removed.
    /// </summary>
    public static class ActorKeys
    {
        /// <summary>The key for an actor of <paramref name="kind"/> named <paramref name="name"/>.</summary>
        public static string For(ActorKind kind, string name)
        {
            var sb = new StringBuilder(name.Length + 2);
            sb.Append(kind == ActorKind.Person ? 'P' : kind == ActorKind.Organization ? 'O' : 'L').Append(':');
            var start = name.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase) ? 4 : 0;
            var space = false;
            for (var i = start; i < name.Length; i++)
            {
                var c = name[i];
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 2;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
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

                sb.Append(char.ToLowerInvariant(c));
            }

            return sb.ToString();
        }
    }
}
