using Newswire.Extraction.Text;

// Resolve: "spokesman Wang Lei Tuesday called the protest groundless": wire copy puts the day right after the
// speaker's name, and the capital lets the tagger or the title's chunk take it as the name's last word. A weekday
// ends no person's name: the mention stops before it, and the actor keeps the name without it (and its roles).
namespace Newswire.Extraction.Actors;

internal static partial class ActorExtractor
{
    private sealed partial class Run
    {
        private void SplitTrailingWeekdays()
        {
            for (var i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (!IsNameKind(m.Kind) || m.Actor.Kind != ActorKind.Person || m.Actor.Entry != null)
                {
                    continue;
                }

                var end = m.First + m.Count;
                if (end - m.NameFirst >= 2 && m.NameFirst + m.NameCount >= end - 1 && IsWeekday(end - 1))
                {
                    m.Count--;
                    m.NameCount = System.Math.Min(m.NameCount, end - 1 - m.NameFirst);
                    _mentions[i] = m;
                }

                DropTrailingWordFromName(m.Actor, SpanText(m.NameFirst, m.NameFirst + m.NameCount), Weekdays);
            }
        }

        // The actor was named from the phrase with a trailing word of `words` ("Wang Lei Tuesday", "Ada Brelik It")
        // where its name mention stops before it: the actor takes the mention's name.
        private void DropTrailingWordFromName(ActorBuilder actor, string name, TermTable<bool> words)
        {
            if (actor.Name.Length <= name.Length + 1 || !actor.Name.StartsWith(name + " ", System.StringComparison.Ordinal))
            {
                return;
            }

            var rest = actor.Name.Substring(name.Length + 1);
            if (words.TryGet(rest, 0, rest.Length, TermKey.Hash(rest, 0, rest.Length), out _))
            {
                actor.Name = name;
                _byName[(int)actor.Kind].Set(name, actor);
            }
        }

        private bool IsWeekday(int t) =>
            _tokens[t].Kind == TokenKind.Word && _tokens[t].IsCapitalized && !_tokens[t].IsAllCaps && Weekdays.Contains(_text, _tokens[t]);

        private static readonly TermTable<bool> Weekdays = WordTable(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    }
}
