using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Lexicons;

/// <summary>What a lexicon entry is.</summary>
internal enum LexiconKind : byte
{
    Country = 0,
    Place = 1,
    Organization = 2,
    Person = 3,
}

/// <summary>One known actor: canonical name, kind, country, role and the surface forms that name it.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(int id, LexiconKind kind, string name, string? country, string? role, string[] aliases)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Country = country;
        Role = role;
        Aliases = aliases;
    }

    public int Id { get; }

    public LexiconKind Kind { get; }

    /// <summary>Canonical display name ("Vladimir Putin", "Commonwealth of Independent States").</summary>
    public string Name { get; }

    /// <summary>ISO 3166-1 alpha-3, or null.</summary>
    public string? Country { get; }

    /// <summary>Display role ("President"), or null.</summary>
    public string? Role { get; }

    public string[] Aliases { get; }

    public ActorKind ActorKind => Kind == LexiconKind.Person ? ActorKind.Person
        : Kind == LexiconKind.Organization ? ActorKind.Organization : ActorKind.Location;

    public override string ToString() => Kind + " " + Name + (Country is null ? "" : " (" + Country + ")");
}

/// <summary>How a surface form matched.</summary>
[Flags]
internal enum SurfaceFlags : byte
{
    None = 0,

    /// <summary>An acronym ("US", "IS", "AP"): the text must match its letter case exactly.</summary>
    Acronym = 1,

    /// <summary>A person's surname alone, derived from the full name (weaker evidence).</summary>
    Surname = 2,

    /// <summary>The surface starts lower case ("al-Qaeda"): no capital needed.</summary>
    LowerStart = 4,

    /// <summary>The surface is the entry's canonical name.</summary>
    Canonical = 8,
}

/// <summary>A lexicon hit at a token: the entry and how many tokens it covers.</summary>
internal readonly struct LexiconMatch
{
    public LexiconMatch(LexiconEntry entry, int tokenCount, SurfaceFlags flags)
    {
        Entry = entry;
        TokenCount = tokenCount;
        Flags = flags;
    }

    public readonly LexiconEntry Entry;
    public readonly int TokenCount;
    public readonly SurfaceFlags Flags;
}

/// <summary>
/// The actor lexicon: countries, demonyms, places, organizations, people, given names and agent nouns,
/// matched against token sequences with a word-id trie (one hash probe per token, no allocation).
/// The built-in data is the embedded <c>Lexicons/Data/actors.tsv</c>, loaded once per process; a consumer
/// lexicon (see <see cref="ConsumerLexicon"/>) is merged on top and the result cached by its text.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> BuiltInLazy = new Lazy<Lexicon>(LoadBuiltIn, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly object CacheLock = new object();
    private static string? _cachedText;
    private static Lexicon? _cached;

    private readonly TermTable<int> _words = new TermTable<int>(1 << 15);
    private readonly Dictionary<long, int> _edges = new Dictionary<long, int>(1 << 16);
    private readonly List<int> _terminal = new List<int> { -1 }; // node -> index into _surfaces, -1 none
    private readonly List<(LexiconEntry Entry, SurfaceFlags Flags, string Surface)> _surfaces = new List<(LexiconEntry, SurfaceFlags, string)>();
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
    public int WordId(string text, in Token token) => _words.TryGet(text, token, out var id) ? id : -1;

    /// <summary>Word ids of all tokens of a text.</summary>
    public int[] WordIds(TokenizedText tokenized) => WordIds(tokenized, new int[tokenized.Tokens.Length]);

    /// <summary>Word ids of all tokens of a text, into <paramref name="ids"/> (at least as long as the tokens).</summary>
    [MethodImpl(Hot.Once)]
    public int[] WordIds(TokenizedText tokenized, int[] ids)
    {
        var tokens = tokenized.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            ids[i] = _words.TryGet(tokenized.Text, tokens[i], out var id) ? id : -1;
        }

        return ids;
    }

    /// <summary>Marks a word id not looked up yet in an array for <see cref="Match"/> (see <see cref="ClearWordIds"/>).</summary>
    public const int UnknownWordId = -2;

    /// <summary>Prepares <paramref name="ids"/> for on-demand word ids: <see cref="Match"/> looks a token up when first needed.</summary>
    [MethodImpl(Hot.Once)]
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
            ids[index] = wid = _words.TryGet(tokenized.Text, tokenized.Tokens[index], out var id) ? id : -1;
        }

        return wid;
    }

    /// <summary>Whether a token is the first word of a lower-case-initial surface (as <see cref="StartsLowerSurface(int)"/>, by text).</summary>
    public bool StartsLowerSurface(string text, in Token token) => _lowerStartWords.Count > 0 && _lowerStartWords.Contains(text, token);

    /// <summary>
    /// The longest surface starting at token <paramref name="start"/> and ending before <paramref name="limit"/>
    /// whose letter case fits (acronyms exact; others capitalized unless <paramref name="ignoreCase"/>).
    /// </summary>
    [MethodImpl(Hot.Once)]
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
                wordIds[j] = wid = _words.TryGet(tokenized.Text, tokens[j], out var id) ? id : -1;
            }

            if (wid < 0 || !_edges.TryGetValue(((long)node << 32) | (uint)wid, out node))
            {
                break;
            }

            var s = _terminal[node];
            if (s < 0)
            {
                continue;
            }

            var surface = _surfaces[s];
            if (!CaseFits(tokenized, tokens, start, j, surface.Flags, surface.Surface, ignoreCase))
            {
                continue;
            }

            match = new LexiconMatch(surface.Entry, j - start + 1, surface.Flags);
            found = true;
        }

        return found;
    }

    /// <summary>Whether some lower-case-initial surface ("al-Qaeda", "the Kremlin") starts with this word id.</summary>
    public bool StartsLowerSurface(int wordId) => wordId >= 0 && wordId < _lowerStartIds.Length && _lowerStartIds[wordId];

    /// <summary>The country of a demonym token ("Russian" -> RUS).</summary>
    public bool TryDemonym(string text, in Token token, out string country) => _demonyms.TryGet(text, token, out country);

    /// <summary>The country of a plural demonym token ("Syrians" -> SYR; "" when the demonym has no country).</summary>
    public bool TryPluralDemonym(string text, in Token token, out string country)
    {
        country = "";
        return token.Length >= 5 && text[token.End - 1] == 's'
               && _demonyms.TryGet(text, token.Start, token.Length - 1, TermKey.Hash(text, token.Start, token.Length - 1), out country);
    }

    private static bool IsTitleWord(string word) =>
        WordLists.TitleHeads.TryGet(word, out _) || WordLists.TitleModifiers.TryGet(word, out _);

    /// <summary>Whether a token is a known given name.</summary>
    public bool IsGivenName(string text, in Token token) => _givenNames.TryGet(text, token, out _);

    /// <summary>The person with this surname when exactly one known person has it.</summary>
    public LexiconEntry? PersonBySurname(string text, in Token token) => _surnames.TryGet(text, token, out var e) ? e : null;

    /// <summary>The CAMEO role code of an agent noun phrase ("troops" -> MIL), for the event coder.</summary>
    public bool TryAgent(string text, int start, int length, out string code) =>
        _agents.TryGet(text, start, length, TermKey.Hash(text, start, length), out code);

    [MethodImpl(Hot.Once)]
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

        return tokens[start].IsCapitalized || tokens[start].Kind == TokenKind.Number;
    }

    private static Lexicon LoadBuiltIn()
    {
        var lexicon = new Lexicon();
        lexicon.Load(BuiltInText());
        lexicon.Finish();
        return lexicon;
    }

    private static string BuiltInText()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("Newswire.Lexicons.actors.tsv");
        if (stream == null)
        {
            return "";
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [MethodImpl(Hot.Once)]
    private void AddConsumer(IReadOnlyList<ConsumerLexicon.Record> records)
    {
        foreach (var r in records)
        {
            if (r.Kind == ConsumerLexicon.RecordKind.Demonym)
            {
                _demonyms.Set(r.Name, r.Country ?? "");
                continue;
            }

            var kind = r.Kind switch
            {
                ConsumerLexicon.RecordKind.Person => LexiconKind.Person,
                ConsumerLexicon.RecordKind.Organization => LexiconKind.Organization,
                ConsumerLexicon.RecordKind.Country => LexiconKind.Country,
                _ => LexiconKind.Place,
            };
            AddEntry(kind, r.Name, r.Country, r.Role, r.Aliases);
        }
    }

    [MethodImpl(Hot.Once)]
    private void Load(string data)
    {
        var pos = 0;
        var fields = new string[5];
        while (pos < data.Length)
        {
            var eol = data.IndexOf('\n', pos);
            if (eol < 0)
            {
                eol = data.Length;
            }

            var lineStart = pos;
            pos = eol + 1;
            if (eol - lineStart < 3 || data[lineStart] == '#')
            {
                continue;
            }

            var n = Split(data, lineStart, eol, fields);
            var country = n > 1 && fields[1].Length == 3 ? fields[1] : null;
            switch (data[lineStart])
            {
                case 'C':
                    if (n >= 3 && country != null)
                    {
                        var e = AddEntry(LexiconKind.Country, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
                        if (!_countries.ContainsKey(country))
                        {
                            _countries[country] = e;
                        }
                    }

                    break;
                case 'D':
                    if (n >= 3 && !_demonyms.TryGet(fields[2], out _))
                    {
                        _demonyms.Set(fields[2], fields[1]);
                    }

                    break;
                case 'L':
                    if (n >= 3)
                    {
                        AddEntry(LexiconKind.Place, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
                    }

                    break;
                case 'O':
                    if (n >= 3)
                    {
                        AddEntry(LexiconKind.Organization, fields[2], country, null, Aliases(n > 3 ? fields[3] : ""));
                    }

                    break;
                case 'P':
                    if (n >= 3)
                    {
                        var role = n > 3 && fields[3].Length > 0 ? fields[3] : null;
                        AddEntry(LexiconKind.Person, fields[2], country, role, Aliases(n > 4 ? fields[4] : ""));
                    }

                    break;
                case 'G':
                    if (n >= 2 && !IsTitleWord(fields[1]))
                    {
                        _givenNames.Set(fields[1], true);
                    }

                    break;
                case 'A':
                    if (n >= 3)
                    {
                        _agents.Set(fields[1], fields[2]);
                    }

                    break;
            }
        }
    }

    [MethodImpl(Hot.Once)]
    private static int Split(string data, int start, int end, string[] fields)
    {
        var n = 0;
        var s = start;
        for (var i = start; i <= end && n < fields.Length; i++)
        {
            if (i == end || data[i] == '\t' || data[i] == '\r')
            {
                fields[n++] = data.Substring(s, i - s).Trim();
                s = i + 1;
                if (i < end && data[i] == '\r')
                {
                    break;
                }
            }
        }

        return n;
    }

    private static string[] Aliases(string field) =>
        field.Length == 0 ? Array.Empty<string>() : field.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);

    [MethodImpl(Hot.Once)]
    private LexiconEntry AddEntry(LexiconKind kind, string name, string? country, string? role, string[] aliases)
    {
        var entry = new LexiconEntry(_entries.Count, kind, name, country, role, aliases);
        _entries.Add(entry);
        AddSurface(entry, name, SurfaceFlags.Canonical);
        foreach (var a in aliases)
        {
            AddSurface(entry, a.Trim(), SurfaceFlags.None);
        }

        if (kind == LexiconKind.Person)
        {
            // Given name and surname facts for shape rules and surname-only mentions.
            var words = name.Split(' ');
            if (words.Length >= 2)
            {
                // A title opening a record ("Air Vice Marshal ...", "Sir ...", "Sheikh ...") is not a given name.
                if (words[0].Length >= 3 && char.IsUpper(words[0][0]) && !IsTitleWord(words[0]))
                {
                    _givenNames.Set(words[0], true);
                }

                // Only people with a known role (curated or consumer facts) answer to their surname alone.
                var last = words[words.Length - 1];
                if (last.Length >= 3 && role != null)
                {
                    if (_surnames.TryGet(last, out var existing))
                    {
                        if (existing != null && existing.Country != entry.Country)
                        {
                            _surnames.Set(last, null); // ambiguous: no country from the surname alone
                        }
                    }
                    else
                    {
                        _surnames.Set(last, entry);
                    }
                }
            }
        }

        return entry;
    }

    [MethodImpl(Hot.Once)]
    private void AddSurface(LexiconEntry entry, string surface, SurfaceFlags flags)
    {
        if (surface.Length == 0)
        {
            return;
        }

        // Tokenize the surface exactly as article text is tokenized, so "U.S." and "Rostov-on-Don" line up.
        var buffer = new TokenBuffer(8);
        Tokenizer.Tokenize(surface, 0, surface.Length, buffer);
        var tokens = buffer.ToArrayView(out var count);
        if (count == 0)
        {
            return;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        // Short all-caps or mixed-case single words are acronyms: "US", "IS", "DoD", "ISIL".
        if (count == 1 && letters >= 1 && letters <= 5 && upper >= 2 || (count == 1 && letters <= 3 && upper == letters))
        {
            flags |= SurfaceFlags.Acronym;
        }

        if (char.IsLower(surface[0]))
        {
            flags |= SurfaceFlags.LowerStart;
        }

        var node = 0;
        for (var i = 0; i < count; i++)
        {
            var key = surface.Substring(tokens[i].Start, tokens[i].Length);
            if (!_words.TryGet(key, out var wid))
            {
                wid = _words.Count;
                _words.Set(key, wid);
            }

            if (i == 0 && (flags & SurfaceFlags.LowerStart) != 0)
            {
                _lowerStarts.Add(wid);
                _lowerStartWords.Set(key, true);
            }

            var edge = ((long)node << 32) | (uint)wid;
            if (!_edges.TryGetValue(edge, out var child))
            {
                child = _terminal.Count;
                _terminal.Add(-1);
                _edges[edge] = child;
            }

            node = child;
        }

        if (_terminal[node] < 0)
        {
            _terminal[node] = _surfaces.Count;
            _surfaces.Add((entry, flags, surface));
        }
    }

    [MethodImpl(Hot.Once)]
    private void Finish()
    {
        FinishSurnames();
        _lowerStartIds = new bool[_words.Count];
        foreach (var id in _lowerStarts)
        {
            _lowerStartIds[id] = true;
        }
    }

    [MethodImpl(Hot.Once)]
    private void FinishSurnames()
    {
        // Surnames become surfaces of their own (weak) when unambiguous and not already a surface.
        foreach (var kv in _surnames.Entries())
        {
            if (kv.Value is { } person && !HasSurface(kv.Key))
            {
                var name = person.Name;
                var space = name.LastIndexOf(' ');
                AddSurface(person, name.Substring(space + 1), SurfaceFlags.Surname);
            }
        }
    }

    [MethodImpl(Hot.Once)]
    private bool HasSurface(string normalized)
    {
        var buffer = new TokenBuffer(4);
        Tokenizer.Tokenize(normalized, 0, normalized.Length, buffer);
        var tokens = buffer.ToArrayView(out var count);
        var node = 0;
        for (var i = 0; i < count; i++)
        {
            if (!_words.TryGet(normalized.Substring(tokens[i].Start, tokens[i].Length), out var wid)
                || !_edges.TryGetValue(((long)node << 32) | (uint)wid, out node))
            {
                return false;
            }
        }

        return _terminal[node] >= 0;
    }
}
