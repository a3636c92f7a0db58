using System.Collections.Generic;
using Newswire.Extraction.Text;

// Resolve: "Ada Brelik of KDP", "Tomas Vell of the FTU": an acronym a person is "of" is the body the person belongs to.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        // In the training text an all-caps word right after "<person> of" is an organization 13 times in 13 (a
        // capitalized word there is a place as often as a body: "of Ottawa"). A lone acronym the tagger is unsure of
        // is dropped as unsupported, so a party or union named only so was lost; here it is an organization unless
        // the lexicon knows it.
        private void NameAffiliationAcronyms()
        {
            List<(ActorBuilder Actor, ActorKind Kind)>? retyped = null;
            var count = _mentions.Count;
            for (var i = 0; i < count; i++)
            {
                var m = _mentions[i];
                var t = m.NameFirst + m.NameCount + 1;
                if (m.Actor.Kind != ActorKind.Person || !IsNameKind(m.Kind) || m.First + m.Count != t - 1 || t + 1 >= _tokens.Length
                    || !_tt.Is(t - 1, "of"))
                {
                    continue;
                }

                t += _tt.Is(t, "the") ? 1 : 0;
                if (!IsAffiliationAcronym(t))
                {
                    continue;
                }

                var o = MentionAt(t);
                if (o == CoveredOtherwise)
                {
                    continue;
                }

                if (o < 0)
                {
                    AddNamed(t, t + 1, ActorKind.Organization, null, null, _tt.SentenceOf(t), false);
                }
                else if (_mentions[o].Actor.Kind != ActorKind.Organization && _mentions[o].Actor.Entry == null && !_mentions[o].Known
                    && _mentions[o].NameCount == 1 && !Listed(retyped, _mentions[o].Actor))
                {
                    (retyped ??= new List<(ActorBuilder, ActorKind)>()).Add((_mentions[o].Actor, ActorKind.Organization));
                }
            }

            if (retyped != null)
            {
                RetypeActors(retyped);
            }
        }

        // One all-caps word of two to six letters that ends its name (not "of KDP Youth").
        private bool IsAffiliationAcronym(int t)
        {
            ref readonly var token = ref _tokens[t];
            return token.Kind == TokenKind.Word && token.IsAllCaps && token.Length >= 2 && token.Length <= 6
                && (token.Flags & TokenFlags.HasDigit) == 0 && !(t + 1 < _tokens.Length && _tokens[t + 1].Kind == TokenKind.Word && _tokens[t + 1].IsCapitalized);
        }

        private const int CoveredOtherwise = -2;

        // The name mention whose name covers token t; -1 when no mention covers it, CoveredOtherwise when a phrase does.
        private int MentionAt(int t)
        {
            for (var k = 0; k < _mentions.Count; k++)
            {
                var m = _mentions[k];
                if (m.First <= t && t < m.First + m.Count)
                {
                    return IsNameKind(m.Kind) && m.NameFirst <= t && t < m.NameFirst + m.NameCount ? k : CoveredOtherwise;
                }
            }

            return -1;
        }
    }
}
