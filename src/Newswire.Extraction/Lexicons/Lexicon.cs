using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Lexicons;

/// <summary>
/// The actor lexicon: countries, demonyms, places, organizations, people, given names and agent nouns,
/// matched against token sequences with a word-id trie (one hash probe per token, no allocation).
/// The built-in data is the embedded <c>Lexicons/Data/actors.tsv</c>, loaded once per process; a consumer
/// lexicon (see <see cref="ConsumerLexicon"/>) is merged on top and the result cached by its text.
/// </summary>
internal sealed partial class Lexicon
{
    private static readonly Lazy<Lexicon> BuiltInLazy = new Lazy<Lexicon>(LoadBuiltIn, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object CacheLock = new object();
    private static string? _cachedText;
    private static Lexicon? _cached;

    private readonly TermTable<int> _words = new TermTable<int>(1 << 15);
    private readonly TrieEdges _edges = new TrieEdges(1 << 16);
    private readonly List<int> _terminal = new List<int> { -1 }; // node -> index into _surfaces, -1 none
    private readonly List<(LexiconEntry Entry, SurfaceFlags Flags, string Surface)> _surfaces = new List<(LexiconEntry, SurfaceFlags, string)>();

    // The two lists above as arrays once loading is done (Finish): Match reads them for every word it walks.
    private int[] _terminalOf = Array.Empty<int>();
    private (LexiconEntry Entry, SurfaceFlags Flags, string Surface)[] _surfaceOf = Array.Empty<(LexiconEntry, SurfaceFlags, string)>();
    private readonly List<LexiconEntry> _entries = new List<LexiconEntry>();
    private readonly TermTable<string> _demonyms = new TermTable<string>(512);
    private readonly TermTable<bool> _givenNames = new TermTable<bool>(4096);
    private readonly TermTable<string> _agents = new TermTable<string>(4096);
    private readonly Dictionary<string, LexiconEntry> _countries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
    private readonly TermTable<LexiconEntry?> _surnames = new TermTable<LexiconEntry?>(1 << 14);
    private readonly HashSet<int> _lowerStarts = new HashSet<int>();
    private bool[] _lowerStartIds = Array.Empty<bool>();
    private readonly TermTable<bool> _lowerStartWords = new TermTable<bool>(16);

    /// <summary>The built-in lexicon (loaded on first use, once per process).</summary>
    public static Lexicon BuiltIn => BuiltInLazy.Value;

    /// <summary>The lexicon for a consumer file's text (null or blank: the built-in one). Cached by text.</summary>
    public static Lexicon For(string? consumerText) => For(consumerText, out _);

    /// <summary>As <see cref="For(string?)"/>, also giving the consumer file's errors.</summary>
    public static Lexicon For(string? consumerText, out IReadOnlyList<ConsumerLexicon.Error> errors)
    {
        if (string.IsNullOrWhiteSpace(consumerText))
        {
            errors = Array.Empty<ConsumerLexicon.Error>();
            return BuiltIn;
        }

        var parsed = ConsumerLexicon.Parse(consumerText!);
        errors = parsed.Errors;
        lock (CacheLock)
        {
            if (_cached != null && string.Equals(_cachedText, consumerText, StringComparison.Ordinal))
            {
                return _cached;
            }
        }

        var lexicon = new Lexicon();
        lexicon.AddConsumer(parsed.Records);
        lexicon.Load(BuiltInText());
        lexicon.Finish();
        lock (CacheLock)
        {
            _cachedText = consumerText;
            _cached = lexicon;
        }

        return lexicon;
    }

    /// <summary>Number of entries (for tests).</summary>
    public int EntryCount => _entries.Count;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<LexiconEntry> Entries => _entries;

    /// <summary>The country entry for an ISO alpha-3 code.</summary>
    public LexiconEntry? Country(string iso) => _countries.TryGetValue(iso, out var e) ? e : null;

    /// <summary>The word id of a token for <see cref="Match"/>, or -1 when no surface contains the word.</summary>
    public int WordId(string text, in Token token) => WordIdOf(text, token);

    // A word the lexicon does not hold as written may hold it without its accents ("Inácio" as "Inacio").
    private int WordIdOf(string text, in Token token)
    {
        if (_words.TryGet(text, token, out var id))
        {
            return id;
        }

        return token.Kind == TokenKind.Word && Diacritics.TryFold(text, token.Start, token.Length, out var folded)
               && _words.TryGet(folded, out id) ? id : -1;
    }

    /// <summary>Word ids of all tokens of a text.</summary>
    public int[] WordIds(TokenizedText tokenized) => WordIds(tokenized, new int[tokenized.Tokens.Length]);

    /// <summary>Word ids of all tokens of a text, into <paramref name="ids"/> (at least as long as the tokens).</summary>
    [MethodImpl(Hot.Once)]
    public int[] WordIds(TokenizedText tokenized, int[] ids)
    {
        var tokens = tokenized.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ids[i] = WordIdOf(tokenized.Text, tokens[i]);
        }

        return ids;
    }

    /// <summary>Marks a word id not looked up yet in an array for <see cref="Match"/> (see <see cref="ClearWordIds"/>).</summary>
    public const int UnknownWordId = -2;

    /// <summary>Prepares <paramref name="ids"/> for on-demand word ids: <see cref="Match"/> looks a token up when first needed.</summary>
    [MethodImpl(Hot.Path)]
    public static void ClearWordIds(int[] ids, int count)
    {
        for (var i = 0; i < count; i++)
        {
            ids[i] = UnknownWordId;
        }
    }

    /// <summary>The word id of token <paramref name="index"/>, looked up now if <paramref name="ids"/> does not have it yet.</summary>
    public int WordIdAt(TokenizedText tokenized, int[] ids, int index)
    {
        var wid = ids[index];
        if (wid == UnknownWordId)
        {
            ids[index] = wid = WordIdOf(tokenized.Text, tokenized.Tokens[index]);
        }

        return wid;
    }

    /// <summary>Whether a token is the first word of a lower-case-initial surface (as <see cref="StartsLowerSurface(int)"/>, by text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the bit test at the call site: most words fail it
    public bool StartsLowerSurface(string text, in Token token) =>
        (_lowerStartBits[(token.Hash >> 6) & 3] & (1UL << token.Hash)) != 0 && _lowerStartWords.Contains(text, token);

    // A bit per hash of those first words (256 bits): most lower-case words of an article are rejected without a probe.
    private readonly ulong[] _lowerStartBits = new ulong[4];

    /// <summary>
    /// The longest surface starting at token <paramref name="start"/> and ending before <paramref name="limit"/>
    /// whose letter case fits (acronyms exact; others capitalized unless <paramref name="ignoreCase"/>).
    /// </summary>
    [MethodImpl(Hot.Path)]
    public bool Match(TokenizedText tokenized, int[] wordIds, int start, int limit, bool ignoreCase, out LexiconMatch match)
    {
        match = default;
        var found = false;
        var node = 0;
        var tokens = tokenized.Tokens;
        for (var j = start; j < limit; j++)
        {
            var wid = wordIds[j];
            if (wid == UnknownWordId)
            {
                wordIds[j] = wid = WordIdOf(tokenized.Text, tokens[j]);
            }

            if (wid < 0 || !_edges.TryGet(node, wid, out node))
            {
                break;
            }

            var s = _terminalOf[node];
            if (s >= 0)
            {
                ref readonly var surface = ref _surfaceOf[s];
                if (CaseFits(tokenized, tokens, start, j, surface.Flags, surface.Surface, ignoreCase))
                {
                    match = new LexiconMatch(surface.Entry, j - start + 1, surface.Flags);
                    found = true;
                }
            }

            // A surface's last word: no longer one starts here, so the next word need not be looked up.
            if (!_edges.HasChildren(node))
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The one-word surface written at text[start, start + length) (part of a token: "Kremlin" in "Kremlin-backed");
    /// an acronym surface must match its letters exactly, any other one needs a capital.
    /// </summary>
    public bool MatchWord(string text, int start, int length, out LexiconMatch match)
    {
        match = default;
        if (length <= 0 || !_words.TryGet(text, start, length, TermKey.Hash(text, start, length), out var wid)
            || !_edges.TryGet(0, wid, out var node) || _terminalOf[node] is var s && s < 0)
        {
            return false;
        }

        ref readonly var surface = ref _surfaceOf[s];
        var fits = (surface.Flags & SurfaceFlags.Acronym) != 0
            ? surface.Surface.Length == length && SpanText.EqualsOrdinal(surface.Surface, text, start)
            : char.IsUpper(text[start]);
        if (fits)
        {
            match = new LexiconMatch(surface.Entry, 1, surface.Flags);
        }

        return fits;
    }

    /// <summary>
    /// The two-word surface written at text[start1, +length1) and text[start2, +length2) ("Hong" and "Kong" of
    /// "Hong Kong-based"), capitalized.
    /// </summary>
    public bool MatchTwoWords(string text, int start1, int length1, int start2, int length2, out LexiconMatch match)
    {
        match = default;
        if (length1 <= 0 || length2 <= 0 || !char.IsUpper(text[start1])
            || !_words.TryGet(text, start1, length1, TermKey.Hash(text, start1, length1), out var first) || !_edges.TryGet(0, first, out var node)
            || !_words.TryGet(text, start2, length2, TermKey.Hash(text, start2, length2), out var second) || !_edges.TryGet(node, second, out node)
            || _terminalOf[node] is var s && s < 0)
        {
            return false;
        }

        ref readonly var surface = ref _surfaceOf[s];
        match = new LexiconMatch(surface.Entry, 2, surface.Flags);
        return true;
    }

    /// <summary>Whether some lower-case-initial surface ("al-Qaeda", "the Kremlin") starts with this word id.</summary>
    public bool StartsLowerSurface(int wordId) => wordId >= 0 && wordId < _lowerStartIds.Length && _lowerStartIds[wordId];

    /// <summary>The country of a demonym token ("Russian" -> RUS).</summary>
    public bool TryDemonym(string text, in Token token, out string country) => _demonyms.TryGet(text, token, out country);

    /// <summary>The country of a demonym written at text[start, start + length).</summary>
    public bool TryDemonym(string text, int start, int length, out string country) =>
        _demonyms.TryGet(text, start, length, TermKey.Hash(text, start, length), out country);

    /// <summary>The country of a plural demonym token ("Syrians" -> SYR; "" when the demonym has no country).</summary>
    public bool TryPluralDemonym(string text, in Token token, out string country)
    {
        country = "";
        return token.Length >= 5 && text[token.End - 1] == 's'
               && _demonyms.TryGet(text, token.Start, token.Length - 1, TermKey.Hash(text, token.Start, token.Length - 1), out country);
    }

    /// <summary>
    /// Whether a token names a person of a people: a demonym (or a people's word the demonyms do not hold, "Scots",
    /// "English") with a "man"/"woman" ending ("Irishman", "Frenchwomen", "Scotsman").
    /// </summary>
    public bool IsPersonOfPeople(string text, in Token token)
    {
        foreach (var suffix in PersonSuffixes)
        {
            var stem = token.Length - suffix.Length;
            if (stem >= 3 && SpanText.EqualsOrdinal(suffix, text, token.End - suffix.Length))
            {
                return TryDemonym(text, token.Start, stem, out _) || PeopleStems.TryGet(text, token.Start, stem, TermKey.Hash(text, token.Start, stem), out _);
            }
        }

        return false;
    }

    private static readonly string[] PersonSuffixes = { "woman", "women", "man", "men" };

    // Peoples' words the demonym list does not hold (nations within a state) or holds only as an adjective.
    private static readonly TermTable<bool> PeopleStems = TermTables.Words(
        "English", "Scots", "Welsh", "Irish", "Cornish", "Manx", "French", "Dutch", "Swiss");

    private static bool IsTitleWord(string word) =>
        WordLists.TitleHeads.TryGet(word, out _) || WordLists.TitleModifiers.TryGet(word, out _);

    /// <summary>Whether a token is a known given name, or a compound given name opened by one before another name
    /// word ("Jean-Baptiste Ndayisaba", "Ana-Marija Petrin": French, Slavic and African names join two given names with
    /// a hyphen).</summary>
    public bool IsGivenName(string text, in Token token) => _givenNames.TryGet(text, token, out _) || IsCompoundGivenName(text, token);

    private bool IsCompoundGivenName(string text, in Token token)
    {
        if ((token.Flags & TokenFlags.Hyphenated) == 0 || token.Kind != TokenKind.Word || token.IsAllCaps)
        {
            return false;
        }

        // One hyphen, both parts capitalized, the first a known given name of at least three letters, and a
        // capitalized word after it: a hyphenated surname may open on a given name too ("Georgia Bradley-Tait").
        var dash = text.IndexOf('-', token.Start, token.Length);
        var second = dash + 1;
        return dash - token.Start >= 3 && second < token.End && char.IsUpper(text[second])
               && token.End + 1 < text.Length && text[token.End] == ' ' && char.IsUpper(text[token.End + 1])
               && text.IndexOf('-', second, token.End - second) < 0
               && _givenNames.TryGet(text, token.Start, dash - token.Start, TermKey.Hash(text, token.Start, dash - token.Start), out _);
    }

    /// <summary>The person with this surname when exactly one known person has it.</summary>
    public LexiconEntry? PersonBySurname(string text, in Token token) =>
        _surnames.TryGet(text, token, out var e)
        || (token.Kind == TokenKind.Word && Diacritics.TryFold(text, token.Start, token.Length, out var folded) && _surnames.TryGet(folded, out e))
            ? e
            : null;

    /// <summary>The CAMEO role code of an agent noun phrase ("troops" -> MIL), for the event coder.</summary>
    public bool TryAgent(string text, int start, int length, out string code) =>
        _agents.TryGet(text, start, length, TermKey.Hash(text, start, length), out code);

    [MethodImpl(Hot.Path)]
    private static bool CaseFits(TokenizedText tokenized, Token[] tokens, int start, int end, SurfaceFlags flags, string surface, bool ignoreCase)
    {
        var text = tokenized.Text;
        if ((flags & SurfaceFlags.Acronym) != 0)
        {
            // Letters must match exactly (periods ignored): "US" is not "us", "IS" is not "Is".
            var k = 0;
            for (var t = start; t <= end; t++)
            {
                for (var i = tokens[t].Start; i < tokens[t].End; i++)
                {
                    var c = text[i];
                    if (c == '.')
                    {
                        continue;
                    }

                    while (k < surface.Length && (surface[k] == '.' || surface[k] == ' '))
                    {
                        k++;
                    }

                    if (k >= surface.Length || surface[k] != c)
                    {
                        return false;
                    }

                    k++;
                }
            }

            return true;
        }

        if (ignoreCase || (flags & SurfaceFlags.LowerStart) != 0)
        {
            return true;
        }

        return tokens[start].IsCapitalized || tokens[start].Kind == TokenKind.Number || IsArabicArticleWord(text, tokens[start]);
    }

    // "al-Shabaab" for "Al-Shabaab", "el-Nour", "ash-Sham": news writes the Arabic article of a name in lower case too
    // (not "sub-Saharan": the article is one of a few).
    internal static bool IsArabicArticleWord(string text, in Token token)
    {
        var dash = text.IndexOf('-', token.Start, Math.Min(token.Length, 4));
        return dash > token.Start && dash + 2 < token.End && char.IsUpper(text[dash + 1])
               && IsArabicArticle(text, token.Start, dash - token.Start);
    }

    /// <summary>Whether text[start..start+length) is an Arabic article ("al", "el", "ash", ...), in any case.</summary>
    internal static bool IsArabicArticle(string text, int start, int length)
    {
        foreach (var article in ArabicArticles)
        {
            if (article.Length == length && string.Compare(text, start, article, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ArabicArticles = { "al", "el", "ad", "ar", "as", "ash", "at", "az", "an" };
}
