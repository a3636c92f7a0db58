using Newswire.Extraction.Lexicons;

// Resolve: "India-Sri Lanka relations", "the Israel-Gaza war": two places joined by a hyphen modify a noun; the span
// names neither as one place (the tagger read "India-Sri Lanka" as a place of its own). Such pairs written in one
// token ("US-China") are no name already; a place whose second part has two words is dropped the same way (an
// organization so named, "the Peru-Chile Trade Council", stays).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void DropCountryPairs()
        {
            for (var i = _mentions.Count - 1; i >= 0; i--)
            {
                var m = _mentions[i];
                if (IsNameKind(m.Kind) && m.NameCount > 1 && m.Actor.Kind == ActorKind.Location && m.Actor.Entry == null && CountryBeforeHyphen(m.NameFirst))
                {
                    _mentions.RemoveAt(i);
                }
            }
        }

        // The token is "Country-Word" with a capitalized second part ("India-Sri").
        private bool CountryBeforeHyphen(int t)
        {
            ref readonly var tok = ref _tokens[t];
            var hyphen = _text.IndexOf('-', tok.Start, tok.Length);
            // "Guinea-Bissau", "Timor-Leste": one country's own name is no pair.
            return hyphen > tok.Start && hyphen + 1 < tok.End && char.IsUpper(_text[hyphen + 1])
                   && _lex.MatchWord(_text, tok.Start, hyphen - tok.Start, out var match) && match.Entry.Kind == LexiconKind.Country
                   && !_lex.MatchWord(_text, tok.Start, tok.Length, out _);
        }
    }
}
