using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;

// Link: "Cameroon troops kill fighters" (headline) and "Cameroonian troops killed ..." (body) are one body: two
// organization names of two words with the same head (names or group phrases), one led by a country's name and the
// other by its demonym.
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void MergeCountryWordNames(int[] names)
        {
            foreach (var demonymLed in _actors)
            {
                if (demonymLed.Kind != ActorKind.Organization || demonymLed.Entry != null
                    || TwoWordSpace(demonymLed.Name) is not (> 0 and var space)
                    || !_lex.TryDemonym(demonymLed.Name, 0, space, out var country) || !Mentioned(demonymLed))
                {
                    continue;
                }

                foreach (var countryLed in _actors)
                {
                    if (countryLed != demonymLed && countryLed.Kind == ActorKind.Organization && countryLed.Entry == null
                        && TwoWordSpace(countryLed.Name) is > 0 and var s2
                        && string.Compare(countryLed.Name, s2 + 1, demonymLed.Name, space + 1, int.MaxValue, System.StringComparison.OrdinalIgnoreCase) == 0
                        && countryLed.Name.Length - s2 == demonymLed.Name.Length - space
                        && Capitals.IsCountryOrCapital(countryLed.Name.Substring(0, s2), country) && !Capitals.IsCapital(countryLed.Name.Substring(0, s2), country)
                        && Mentioned(countryLed))
                    {
                        MergeInto(countryLed, demonymLed, names);
                    }
                }
            }
        }

        // Whether any mention (a name or a group phrase: "Cameroonian troops" is one) still refers to the actor.
        private bool Mentioned(ActorBuilder actor)
        {
            foreach (ref readonly var m in _mentions)
            {
                if (m.Actor == actor)
                {
                    return true;
                }
            }

            return false;
        }

        // The index of the one space in a two-word name, else -1.
        private static int TwoWordSpace(string name)
        {
            var space = name.IndexOf(' ');
            return space > 0 && name.IndexOf(' ', space + 1) < 0 ? space : -1;
        }
    }
}
