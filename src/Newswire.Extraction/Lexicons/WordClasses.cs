using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Lexicons;

/// <summary>The closed word lists of <see cref="WordLists"/> the actor rules ask about most, by number.</summary>
internal enum WordClass
{
    TitleHeads,
    TitleModifiers,
    OrgSuffixes,
    PlaceSuffixes,
    LowerPlaceHeads,
    PlaceNouns,
    Locatives,
    Particles,
    CommonCapitalized,
    Weekdays,
    NotActors,
    NotActorHeads,
    ShipPrefixes,
    GroupModifiers,
    GroupHeads,
    PeopleGroupHeads,
    PeopleHeads,
    SurnameLikeHeads,
    Possessives,
    GroupPreModifiers,
    PersonNouns,
    PersonAdjectives,
    TitleCasePrepositions,
    Compass,
    RoleNouns,
    CompassNames,
    PlacePrefixes,
    PlaceOfHeads,
    ForceWords,
    ClassNouns,
    OfHeads,
    ForeignBodyHeads,
}

/// <summary>
/// Every word of the <see cref="WordClass"/> lists with the set of lists that hold it (a bit per class), so one
/// probe answers all of them for a token: the actor stage asks the same word about several lists ("Minister":
/// a title head? a title modifier? an organization head?) and keeps each token's answer (see ActorExtractor).
/// </summary>
internal static class WordClasses
{
    // The lists in WordClass order (before Index: static fields start in this order).
    private static readonly TermTable<bool>[] Lists =
    {
        WordLists.TitleHeads, WordLists.TitleModifiers, WordLists.OrgSuffixes, WordLists.PlaceSuffixes, WordLists.LowerPlaceHeads,
        WordLists.PlaceNouns, WordLists.Locatives, WordLists.Particles, WordLists.CommonCapitalized, WordLists.Weekdays,
        WordLists.NotActors, WordLists.NotActorHeads, WordLists.ShipPrefixes, WordLists.GroupModifiers, WordLists.GroupHeads,
        WordLists.PeopleGroupHeads, WordLists.PeopleHeads, WordLists.SurnameLikeHeads, WordLists.Possessives,
        WordLists.GroupPreModifiers, WordLists.PersonNouns, WordLists.PersonAdjectives, WordLists.TitleCasePrepositions,
        WordLists.Compass, WordLists.RoleNouns, WordLists.CompassNames, WordLists.PlacePrefixes, WordLists.PlaceOfHeads,
        WordLists.ForceWords, WordLists.ClassNouns, WordLists.OfHeads, WordLists.ForeignBodyHeads,
    };

    private static readonly TermTable<long> Index = Build();

    /// <summary>The classes of a token, one bit per <see cref="WordClass"/> (0: none).</summary>
    public static long Of(string text, in Token token) => Index.TryGet(text, token, out var mask) ? mask : 0;

    /// <summary>Whether a class set holds <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(long classes, WordClass c) => (classes & (1L << (int)c)) != 0;

    /// <summary>The list of a class (for tests: the index must answer as the list does).</summary>
    public static TermTable<bool> ListOf(WordClass c) => Lists[(int)c];

    /// <summary>Number of classes.</summary>
    public const int Count = (int)WordClass.ForeignBodyHeads + 1;

    [MethodImpl(Hot.Once)]
    private static TermTable<long> Build()
    {
        var index = new TermTable<long>(1024);
        for (var c = 0; c < Count; c++)
        {
            foreach (var entry in ListOf((WordClass)c).Entries())
            {
                index.TryGet(entry.Key, out var mask);
                index.Set(entry.Key, mask | (1L << c));
            }
        }

        return index;
    }
}
