using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using Newswire.Extraction.Analysis;
using Newswire.Extraction.Diagnostics;
using Newswire.Extraction.Lexicons;
using Newswire.Extraction.Model;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Actors
{
    /// <summary>
    /// Finds the people, organizations and places of an article and links their mentions. One left-to-right pass
    /// over each sentence builds capitalized chunks (lexicon phrases may bridge lower-case connectors), each chunk
    /// is read as a titled person, a lexicon actor, an organization or place by its last word, or an unknown name;
    /// a second pass links surnames, acronyms, headline words and descriptions ("the Russian leader") to them.
    /// </summary>
    internal static class ActorExtractor
    {
        /// <summary>Extracts actors from the tokenized regions of <paramref name="document"/>.</summary>
        public static ActorExtractionResult Extract(AnalysisDocument document, TokenizedText tokens)
        {
            var lexicon = Lexicon.For(document.Options.LexiconText);
            var run = new Run(tokens, lexicon, document.Options.MaxActorsPerArticle);
            run.Execute();
            if (run.CapReached)
            {
                document.Diagnostics.Add(DiagnosticCatalog.TooManyActors, run.CapOffset, 0, document.Options.MaxActorsPerArticle);
            }

            var result = run.Result(document);
            run.Release();
            return result;
        }

        /// <summary>Extracts with default options (tests).</summary>
        internal static ActorExtractionResult Extract(TokenizedText tokens, Lexicon lexicon, int maxActors = ExtractionOptions.DefaultMaxActorsPerArticle)
        {
            var run = new Run(tokens, lexicon, maxActors);
            run.Execute();
            var result = run.Result(null);
            run.Release();
            return result;
        }

        // Per-thread lists of a run, reused from one article to the next (a nested run gets its own).
        private sealed class Lists
        {
            [ThreadStatic]
            private static Lists? _pooled;

            public readonly List<RawMention> Mentions = new List<RawMention>(64);
            public readonly List<RawMention> Named = new List<RawMention>(64);
            public readonly List<RawMention> Kept = new List<RawMention>(64);
            public readonly List<Segment> Segs = new List<Segment>(16);

            public static Lists Rent()
            {
                var l = _pooled ?? new Lists();
                _pooled = null;
                l.Mentions.Clear();
                l.Segs.Clear();
                return l;
            }

            public static void Return(Lists l)
            {
                if (l.Mentions.Capacity > 1 << 14 || l.Named.Capacity > 1 << 14 || l.Kept.Capacity > 1 << 14)
                {
                    return;
                }

                l.Mentions.Clear();
                l.Named.Clear();
                l.Kept.Clear();
                l.Segs.Clear();
                _pooled = l;
            }
        }

        private sealed class ActorBuilder
        {
            public ActorBuilder(string name, ActorKind kind, string? country, LexiconEntry? entry, int first)
            {
                Name = name;
                Kind = kind;
                Country = country;
                Entry = entry;
                First = first;
            }

            public string Name;
            public readonly ActorKind Kind;
            public string? Country;
            public readonly LexiconEntry? Entry;
            public readonly int First;
            public readonly List<string> Roles = new List<string>();
            public readonly List<string> Aliases = new List<string>();
            public int Index = -1;
            public int ResultIndex = -1;
            public int SpanCount;
            public int LastMention;
            public bool EntrySurnameDone;
        }

        private struct RawMention
        {
            public int First;
            public int Count;
            public ActorBuilder Actor;
            public MentionKind Kind;
        }

        private enum Seg : byte
        {
            Name,
            Lex,
            Demonym,
            TitleHead,
            TitleModifier,
            Connector,
        }

        private struct Segment
        {
            public int Start;
            public int Count;
            public Seg Type;
            public LexiconEntry? Entry;
            public SurfaceFlags Flags;
            public string? Country;
        }

        private sealed class Run
        {
            private readonly TokenizedText _tt;
            private readonly string _text;
            private readonly Token[] _tokens;
            private readonly Lexicon _lex;
            private readonly int[] _wordIds;
            private readonly int _maxActors;
            private readonly Scratch _scratch = Scratch.Rent();
            private IntSet? _lowercaseWords;
            private readonly Lists _lists = Lists.Rent();
            private readonly List<RawMention> _mentions;
            private readonly List<ActorBuilder> _actors = new List<ActorBuilder>();
            private readonly Dictionary<int, ActorBuilder> _byEntry = new Dictionary<int, ActorBuilder>();
            private readonly Dictionary<string, ActorBuilder> _byKey = new Dictionary<string, ActorBuilder>(StringComparer.Ordinal);
            private readonly TermTable<ActorBuilder> _personWords = new TermTable<ActorBuilder>(8);
            private readonly TermTable<ActorBuilder> _aliases = new TermTable<ActorBuilder>(8);
            private readonly TermTable<ActorBuilder>[] _byName = { new TermTable<ActorBuilder>(8), new TermTable<ActorBuilder>(8), new TermTable<ActorBuilder>(8) };
            private readonly List<(int Token, int Sentence)> _pending = new List<(int, int)>();
            private readonly List<(int First, int Count, int HeadToken, string? Country, bool Capitalized)> _descriptions = new List<(int, int, int, string?, bool)>();
            private readonly List<int> _capsSentences = new List<int>();
            private readonly List<(int Token, ActorKind Kind)> _pronouns = new List<(int, ActorKind)>();
            private readonly List<Segment> _segs;

            public Run(TokenizedText tt, Lexicon lex, int maxActors)
            {
                _tt = tt;
                _text = tt.Text;
                _tokens = tt.Tokens;
                _lex = lex;
                _maxActors = maxActors;
                _mentions = _lists.Mentions;
                _segs = _lists.Segs;
                _wordIds = Scratch.AtLeast(ref _scratch.Ints1, _tokens.Length);
                Lexicon.ClearWordIds(_wordIds, _tokens.Length); // looked up on demand (lower-case words mostly never are)
            }

            // Hashes of the words the article uses in lower case, collected on first use (few articles need them).
            [MethodImpl(Hot.Path)]
            private IntSet LowercaseWords()
            {
                if (_lowercaseWords == null)
                {
                    _lowercaseWords = _scratch.Set;
                    _lowercaseWords.Clear();
                    foreach (var t in _tokens)
                    {
                        if (t.Kind == TokenKind.Word && t.IsLower)
                        {
                            _lowercaseWords.Add(t.Hash);
                        }
                    }
                }

                return _lowercaseWords;
            }

            /// <summary>Gives the per-token scratch arrays back for the next article (call after <see cref="Result"/>).</summary>
            public void Release()
            {
                Scratch.Return(_scratch);
                Lists.Return(_lists);
            }

            // Lexicon matches per token up to the sentence end, computed once (0 unknown, -1 none, else token count).
            private int[]? _matchCount;
            private LexiconMatch[]? _matches;

            private bool MatchAt(int start, int limit, out LexiconMatch match)
            {
                if (_matchCount == null)
                {
                    _matchCount = Scratch.AtLeast(ref _scratch.Ints2, _tokens.Length);
                    Array.Clear(_matchCount, 0, _tokens.Length);
                    _matches = Scratch.AtLeast(ref _scratch.Matches, _tokens.Length);
                }

                var c = _matchCount[start];
                if (c == 0)
                {
                    var sentence = SentenceAt(start);
                    if (_lex.WordIdAt(_tt, _wordIds, start) >= 0 && _lex.Match(_tt, _wordIds, start, sentence.EndToken, false, out var m))
                    {
                        _matches![start] = m;
                        c = m.TokenCount;
                    }
                    else
                    {
                        c = -1;
                    }

                    _matchCount[start] = c;
                }

                if (c < 0)
                {
                    match = default;
                    return false;
                }

                if (start + c <= limit)
                {
                    match = _matches![start];
                    return true;
                }

                return _lex.Match(_tt, _wordIds, start, limit, false, out match);
            }

            // The sentence of a token: scans mostly ask about the sentence they are in, so the last answer is tried first.
            private int _lastSentence;

            private Sentence SentenceAt(int token)
            {
                var sentences = _tt.Sentences;
                var k = _lastSentence;
                if (k < sentences.Length && sentences[k].FirstToken <= token && token < sentences[k].EndToken)
                {
                    return sentences[k];
                }

                k = _tt.SentenceOf(token);
                _lastSentence = k < 0 ? 0 : k;
                return sentences[k];
            }

            public bool CapReached { get; private set; }

            public int CapOffset { get; private set; }

            [MethodImpl(Hot.Path)]
            public void Execute()
            {
                for (var s = 0; s < _tt.Sentences.Length; s++)
                {
                    var sentence = _tt.Sentences[s];
                    if (sentence.CapsUninformative)
                    {
                        _capsSentences.Add(s);
                        continue;
                    }

                    ScanSentence(s, sentence);
                }

                ResolvePending();
                foreach (var s in _capsSentences)
                {
                    ScanCapsSentence(_tt.Sentences[s]);
                }

                ResolveDescriptions();
                ResolvePronouns();
            }

            // "I", "he" -> a person; "we", "they" -> an organization (press releases and quotes speak as one).
            private ActorKind? PronounKind(int i)
            {
                ref readonly var t = ref _tokens[i];
                if (t.Length == 1 && _text[t.Start] == 'I')
                {
                    return ActorKind.Person;
                }

                if (t.Length == 2 && _tt.Is(i, "he"))
                {
                    return ActorKind.Person;
                }

                if (t.Length == 2 && _tt.Is(i, "we"))
                {
                    return ActorKind.Organization;
                }

                return null;
            }

            [MethodImpl(Hot.Path)]
            private void ResolvePronouns()
            {
                if (_pronouns.Count == 0)
                {
                    return;
                }

                var named = _lists.Named;
                named.Clear();
                foreach (var m in _mentions)
                {
                    if (m.Kind != MentionKind.Pronoun && m.Kind != MentionKind.Modifier)
                    {
                        named.Add(m);
                    }
                }

                named.Sort((x, y) => x.First.CompareTo(y.First));
                foreach (var (token, kind) in _pronouns)
                {
                    // The nearest name of that kind before the pronoun (within 150 tokens); "I" may also be
                    // introduced just after a quote (within 50 tokens). Bounded scans keep this linear.
                    int lo = 0, hi = named.Count;
                    while (lo < hi)
                    {
                        var mid = (lo + hi) >> 1;
                        if (named[mid].First < token)
                        {
                            lo = mid + 1;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }

                    ActorBuilder? best = null;
                    var bestDistance = int.MaxValue;
                    for (var k = lo - 1; k >= 0 && token - named[k].First <= 150; k--)
                    {
                        if (named[k].Actor.Kind == kind)
                        {
                            best = named[k].Actor;
                            bestDistance = token - named[k].First;
                            break;
                        }
                    }

                    for (var k = lo; k < named.Count && (named[k].First - token) * 3 < bestDistance && named[k].First - token <= 50; k++)
                    {
                        if (named[k].Actor.Kind == kind)
                        {
                            best = named[k].Actor;
                            break;
                        }
                    }

                    if (best != null)
                    {
                        AddMention(token, 1, best, MentionKind.Pronoun);
                    }
                }
            }

            // "the government of Iraq", "the people of Syria" (organizations), "the city of Mosul" (the place).
            private int? OfPhrase(int i, int end)
            {
                var len = _tokens[i].Length;
                var isGov = len == 10 && _tt.Is(i, "government");
                var isPeople = len == 6 && _tt.Is(i, "people");
                var isCity = len == 4 && (_tt.Is(i, "city") || _tt.Is(i, "town")) || len == 8 && _tt.Is(i, "province") || len == 7 && _tt.Is(i, "village");
                if (!(isGov || isPeople || isCity) || i + 2 >= end || !_tt.Is(i + 1, "of") || _tokens[i + 1].Length != 2)
                {
                    return null;
                }

                if (!_lex.Match(_tt, _wordIds, i + 2, end, false, out var m) || (m.Entry.Kind != LexiconKind.Country && m.Entry.Kind != LexiconKind.Place))
                {
                    return null;
                }

                var first = i > 0 && IsThe(i - 1) ? i - 1 : i;
                var stop = i + 2 + m.TokenCount;
                if (isCity)
                {
                    first = PlaceNounStart(i);
                    AddLexicon(i + 2, stop, m.Entry, -1);
                    var last = _mentions[_mentions.Count - 1];
                    last.Count += last.First - first;
                    last.First = first;
                    _mentions[_mentions.Count - 1] = last;
                    return stop;
                }

                var actor = NewActor(SpanText(i, stop), ActorKind.Organization, m.Entry.Country, null, _tokens[first].Start);
                if (actor != null)
                {
                    AddMention(first, stop - first, actor, MentionKind.Name);
                }

                return stop;
            }

            // "ISIL tactical units", "U.S. forces", "Iraqi security forces", "the Asad regime": the end of the group phrase, or -1.
            private int GroupEnd(int spanEnd, bool regimeOnly, bool people = false)
            {
                var best = -1;
                var from = spanEnd;
                if (regimeOnly && from < _tokens.Length && _tokens[from].Kind == TokenKind.Possessive)
                {
                    from++; // "Assad's regime", "Assad's brutal regime"
                }

                for (var j = from; j < _tokens.Length && j < from + 4; j++)
                {
                    if (_tokens[j].Kind != TokenKind.Word || !_tokens[j].IsLower)
                    {
                        break;
                    }

                    if (regimeOnly && from > spanEnd)
                    {
                        if (IsPersonGroupHead(j))
                        {
                            return j + 1;
                        }

                        if (j >= from + 2 || IsFunctionWord(j))
                        {
                            break;
                        }

                        continue; // one adjective: "brutal", "murderous"
                    }

                    if (regimeOnly ? IsPersonGroupHead(j)
                            : WordLists.GroupHeads.Contains(_text, _tokens[j]) || people && WordLists.PeopleGroupHeads.Contains(_text, _tokens[j]))
                    {
                        best = j + 1;
                    }
                    else if (!regimeOnly && _tt.Is(j, "service") && j + 1 < _tokens.Length && _tt.Is(j + 1, "members"))
                    {
                        return j + 2;
                    }
                    else if (best >= 0)
                    {
                        break;
                    }

                    if (!WordLists.GroupModifiers.Contains(_text, _tokens[j]))
                    {
                        break;
                    }
                }

                return best;
            }

            // "our Kurdish partners", "the local Arab fighters", "its senior leadership": a group's span takes its
            // determiner or possessive and a lower-case "local"/"senior" before the name (re3d and ACE spans do).
            private int GroupFirst(int nameFirst)
            {
                var first = nameFirst;
                if (first > 0 && _tokens[first - 1].IsLower && WordLists.GroupPreModifiers.Contains(_text, _tokens[first - 1]))
                {
                    first--;
                }

                if (first > 0 && (IsArticle(first - 1) || _tokens[first - 1].IsLower && WordLists.Possessives.Contains(_text, _tokens[first - 1])
                                  || _tt.Is(first - 1, "all") && _tokens[first - 1].Length == 3))
                {
                    first--;
                }

                return first;
            }

            // "regime" after a leader's name, "tribe"/"clan" after a family name: the name heads a group.
            private bool IsPersonGroupHead(int j) =>
                _tokens[j].Length == 6 && _tt.Is(j, "regime") || _tokens[j].Length == 5 && _tt.Is(j, "tribe") || _tokens[j].Length == 4 && _tt.Is(j, "clan");

            private bool AddGroup(int nameFirst, int nameEnd, string? country, bool person = false, bool people = false, string? leader = null)
            {
                var end = GroupEnd(nameEnd, person, people);
                if (end < 0)
                {
                    return false;
                }

                var first = GroupFirst(nameFirst);
                // A leader's regime is named "<leader> regime" however the text words or spells it; likewise a tribe.
                var name = person ? (leader ?? SpanText(nameFirst, nameEnd)) + " " + _text.Substring(_tokens[end - 1].Start, _tokens[end - 1].Length).ToLowerInvariant()
                                  : SpanText(nameFirst, end);
                var actor = NewActor(name, ActorKind.Organization, country, null, _tokens[first].Start);
                if (actor != null)
                {
                    AddMention(first, end - first, actor, MentionKind.Name);
                }

                return true;
            }



            // ---- chunking -------------------------------------------------------------------------------

            [MethodImpl(Hot.Path)]
            private void ScanSentence(int s, Sentence sentence)
            {
                var end = sentence.EndToken;
                var i = sentence.FirstToken;
                while (i < end)
                {
                    ref readonly var tok = ref _tokens[i];
                    if (tok.Kind == TokenKind.Word && PronounKind(i) is { } pronoun)
                    {
                        _pronouns.Add((i, pronoun));
                        i++;
                        continue;
                    }

                    if (tok.Kind == TokenKind.Word && tok.IsLower && OfPhrase(i, end) is { } next)
                    {
                        i = next;
                        continue;
                    }

                    if (tok.Kind == TokenKind.Word && IsTheOrDescriptionStart(i, end) && ScanDescription(i, end) is var after && after > i + 1)
                    {
                        i = after;
                        continue;
                    }

                    if (tok.Kind == TokenKind.Word && tok.IsLower && IsTheOrDescriptionStart(i, end))
                    {
                        i = ScanDescription(i, end);
                        continue;
                    }

                    if (!StartsChunk(i, end))
                    {
                        i++;
                        continue;
                    }

                    var j = i;
                    while (j < end)
                    {
                        // A name never runs across a line break (a heading without a full stop above a body line).
                        if (j > i && (_tokens[j].Flags & TokenFlags.NewlineBefore) != 0)
                        {
                            break;
                        }

                        if (MatchAt(j, end, out var m) && (m.Flags & SurfaceFlags.Surname) == 0)
                        {
                            j += m.TokenCount;
                            continue;
                        }

                        if (NameLike(j, i))
                        {
                            j++;
                            continue;
                        }

                        if (j > i && ConnectorAt(j, end))
                        {
                            j++;
                            continue;
                        }

                        break;
                    }

                    // A trailing connector is not part of the name.
                    while (j > i + 1 && _tokens[j - 1].IsLower && !IsNameWord(j - 1))
                    {
                        j--;
                    }

                    if (j <= i)
                    {
                        j = i + 1;
                    }

                    // "Col. John “J.D.” Dorrian", "Richard "Tex" Coe": a quoted nickname inside a name joins its parts.
                    while (j > i && j < end && IsNameWord(j - 1) && NicknameEnd(j, end) is var k && k > j)
                    {
                        j = k;
                        while (j < end && IsNameWord(j))
                        {
                            j++;
                        }
                    }

                    ProcessChunk(s, sentence, i, j);
                    i = j;
                }
            }

            // An opening quote, one or two capitalized words, a closing quote and a capitalized surname:
            // the index after the closing quote, else -1.
            [MethodImpl(Hot.Path)]
            private int NicknameEnd(int q, int end)
            {
                if (!_tokens[q].Is(TokenFlags.Quote) || (_tokens[q].Flags & TokenFlags.NewlineBefore) != 0)
                {
                    return -1;
                }

                var k = q + 1;
                while (k < end && k < q + 3 && _tokens[k].Kind == TokenKind.Word && (_tokens[k].IsCapitalized || _tokens[k].IsAllCaps))
                {
                    k++;
                }

                if (k == q + 1 || k + 1 >= end || !_tokens[k].Is(TokenFlags.Quote) || !_tokens[k + 1].IsCapitalized || _tokens[k + 1].Kind != TokenKind.Word)
                {
                    return -1;
                }

                // Quotes on both sides must touch the nickname: "said “Yes” Smith" has spaces inside.
                return _tokens[q].End == _tokens[q + 1].Start && _tokens[k - 1].End == _tokens[k].Start ? k + 1 : -1;
            }

            // 'John “J.D.” Dorrian' is named 'John Dorrian'; the nickname form stays an alias.
            private static string WithoutNickname(string name)
            {
                var open = name.IndexOfAny(QuoteChars);
                var close = open >= 0 ? name.IndexOfAny(QuoteChars, open + 1) : -1;
                if (close < 0)
                {
                    return name;
                }

                var before = name.Substring(0, open).TrimEnd();
                var after = name.Substring(close + 1).TrimStart();
                return before.Length == 0 || after.Length == 0 ? name : before + " " + after;
            }

            private static readonly char[] QuoteChars = { '"', '\u201C', '\u201D' };

            private bool StartsChunk(int i, int end)
            {
                ref readonly var t = ref _tokens[i];
                if (t.Kind != TokenKind.Word)
                {
                    return false;
                }

                if (t.IsCapitalized || t.IsAllCaps || IsArabicArticleName(i))
                {
                    return true;
                }

                return _lex.StartsLowerSurface(_text, t) && _lex.Match(_tt, _wordIds, i, end, false, out var m) && (m.Flags & SurfaceFlags.LowerStart) != 0;
            }

            private bool NameLike(int j, int chunkStart)
            {
                ref readonly var t = ref _tokens[j];
                if (t.Kind == TokenKind.Word)
                {
                    return t.IsCapitalized || t.IsAllCaps || IsArabicArticleName(j);
                }

                // "CTF 50": a short number right after an acronym.
                return t.Kind == TokenKind.Number && j > chunkStart && t.Length <= 3 && _tokens[j - 1].IsAllCaps;
            }

            private bool IsNameWord(int j) => _tokens[j].Kind == TokenKind.Word && (_tokens[j].IsCapitalized || _tokens[j].IsAllCaps || IsArabicArticleName(j));

            // "al-Abadi", "el-Sisi": a lower-case Arabic article before a capitalized name.
            private bool IsArabicArticleName(int j)
            {
                ref readonly var t = ref _tokens[j];
                if (!t.IsLower || (t.Flags & TokenFlags.Hyphenated) == 0)
                {
                    return false;
                }

                var dash = _text.IndexOf('-', t.Start, Math.Min(t.Length, 4));
                return dash > t.Start && dash < t.End - 1 && char.IsUpper(_text[dash + 1]);
            }

            private bool ConnectorAt(int j, int end)
            {
                ref readonly var t = ref _tokens[j];
                if (t.Kind != TokenKind.Word || !t.IsLower || j + 1 >= end)
                {
                    return false;
                }

                var next = j + 1;
                if (WordLists.Particles.Contains(_text, t))
                {
                    return IsNameWord(j - 1) && IsNameWord(next);
                }

                if (_tt.Is(j, "of") || _tt.Is(j, "for"))
                {
                    // Only after a head that takes a complement: "Ministry of Defence", "Secretary of State".
                    ref readonly var prev = ref _tokens[j - 1];
                    if (!(WordLists.OrgSuffixes.Contains(_text, prev) || WordLists.TitleHeads.Contains(_text, prev) || (_tt.Is(j, "of") && WordLists.PlaceOfHeads.Contains(_text, prev)) || _tt.Is(j - 1, "commonwealth") || _tt.Is(j - 1, "republic") || _tt.Is(j - 1, "kingdom") || _tt.Is(j - 1, "states")))
                    {
                        return false;
                    }

                    if (!prev.IsCapitalized)
                    {
                        return false;
                    }

                    if (_tt.Is(next, "the") && next + 1 < end)
                    {
                        next++;
                    }

                    return IsNameWord(next);
                }

                if (_tt.Is(j, "the"))
                {
                    return (_tt.Is(j - 1, "of") || _tt.Is(j - 1, "for")) && IsNameWord(next);
                }

                return false;
            }

            [MethodImpl(Hot.Path)]
            private void ProcessChunk(int s, Sentence sentence, int a, int b)
            {
                var chunkFirst = a;
                // Drop sentence-initial common words ("The", "In", "According") and lone month/weekday words.
                while (a < b && IsCommonAt(a, sentence))
                {
                    a++;
                }

                // "Exercise Eager Lion" opening a sentence: the common-word drop must not strip the event word.
                if (a >= b || WordLists.NotActorHeads.Contains(_text, _tokens[b - 1]) || _tt.Is(a, "operation") || _tt.Is(a, "exercise")
                    || _tt.Is(chunkFirst, "operation") || _tt.Is(chunkFirst, "exercise"))
                {
                    return;
                }

                // "USS Mahan", "HMS Ocean", "DDG 72": vessels are equipment, not actors.
                if (b - a >= 2 && _tokens[a].IsAllCaps && WordLists.ShipPrefixes.Contains(_text, _tokens[a]))
                {
                    return;
                }

                // "the 507th Air Refueling Wing", "2nd Battalion", "407th AEG": a numbered unit keeps its ordinal.
                if (a > 0 && a == chunkFirst && IsOrdinal(a - 1) && (WordLists.OrgSuffixes.Contains(_text, _tokens[b - 1]) && _tokens[b - 1].IsCapitalized
                                                   || b - a == 1 && _tokens[a].IsAllCaps && _tokens[a].Length >= 2))
                {
                    AddNamed(a - 1, b, ActorKind.Organization, null, null, s, true);
                    return;
                }

                // Segment the chunk.
                _segs.Clear();
                var p = a;
                while (p < b)
                {
                    var seg = new Segment { Start = p, Count = 1, Type = Seg.Name };
                    ref readonly var t = ref _tokens[p];
                    if (MatchAt(p, b, out var m) && !((m.Flags & SurfaceFlags.Surname) != 0 && p > a && IsTitleSeg(_segs.Count - 1) == false && _segs.Count > 0 && _segs[_segs.Count - 1].Type == Seg.Name))
                    {
                        seg.Type = Seg.Lex;
                        seg.Count = m.TokenCount;
                        seg.Entry = m.Entry;
                        seg.Flags = m.Flags;
                        seg.Country = m.Entry.Country;
                    }
                    else if (_lex.TryDemonym(_text, t, out var dc) && t.IsCapitalized)
                    {
                        seg.Type = Seg.Demonym;
                        seg.Country = dc.Length == 3 ? dc : null;
                    }
                    else if (WordLists.TitleHeads.Contains(_text, t) && t.IsCapitalized)
                    {
                        seg.Type = Seg.TitleHead;
                    }
                    else if (WordLists.TitleModifiers.Contains(_text, t) && t.IsCapitalized && p + 1 < b && IsTitleWord(p + 1))
                    {
                        seg.Type = Seg.TitleModifier;
                    }
                    else if (t.IsLower && !IsArabicArticleName(p))
                    {
                        seg.Type = Seg.Connector;
                    }

                    _segs.Add(seg);
                    p += seg.Count;
                }

                // "Counter ISIL Coalition", "Counter-Daesh Coalition", "Anti-Corruption Bureau": a counter/anti word opening
                // a name that ends in an organization head makes the whole chunk one organization; a head the lexicon
                // knows keeps its actor. Standing alone ("Counter-IED training") the word names no one.
                if (_segs[0].Type == Seg.Name && _segs[0].Count == 1 && IsCounterPrefix(a))
                {
                    if (b - a == 1)
                    {
                        return;
                    }

                    if (CounterBody(b, out var bodyCountry))
                    {
                        var head = _segs[_segs.Count - 1];
                        if (head.Type == Seg.Lex)
                        {
                            AddLexicon(a, b, head.Entry!, s);
                        }
                        else
                        {
                            AddNamed(a, b, ActorKind.Organization, bodyCountry, null, s, true);
                        }

                        return;
                    }
                }

                // "Mount Sinjar", "Camp Hurriya", "Gulf of Oman": a place word opening the chunk makes it one place.
                if (_segs.Count >= 2 && _segs[0].Count == 1 && _tokens[a].IsCapitalized
                    && (WordLists.PlacePrefixes.Contains(_text, _tokens[a]) && _segs[1].Type != Seg.Connector
                        || WordLists.PlaceOfHeads.Contains(_text, _tokens[a]) && _segs[1].Type == Seg.Connector && _tt.Is(_segs[1].Start, "of")))
                {
                    string? where = null;
                    foreach (var sg in _segs)
                    {
                        where = sg.Country ?? where;
                    }

                    var placeEnd = CityCountry(a, b, out var withCountry, out _) ? withCountry : b;
                    AddNamed(a, placeEnd, ActorKind.Location, where, null, s, true);
                    return;
                }

                // A name run at the end of the chunk: unknown capitalized words or a lexicon person.
                var n = _segs.Count;
                var nameFrom = n;
                while (nameFrom > 0)
                {
                    var sg = _segs[nameFrom - 1];
                    if (sg.Type == Seg.Name || (sg.Type == Seg.Lex && sg.Entry!.Kind == LexiconKind.Person)
                        || (sg.Type == Seg.Connector && nameFrom - 1 > 0 && WordLists.Particles.Contains(_text, _tokens[sg.Start])))
                    {
                        nameFrom--;
                        if (sg.Type == Seg.Lex)
                        {
                            break;
                        }

                        continue;
                    }

                    break;
                }

                var titleIndex = -1;
                for (var k = nameFrom - 1; k >= 0; k--)
                {
                    if (_segs[k].Type == Seg.TitleHead)
                    {
                        titleIndex = k;
                        break;
                    }
                }

                // After "of"/"for" a title's complement comes first: "Secretary of State Marta Quinlan" keeps two words
                // for the name; "U.S. Secretary of State", "Senior Advisor for MEK Resettlement" are offices.
                if (nameFrom < n && nameFrom > 0 && titleIndex >= 0 && _segs[nameFrom - 1].Type == Seg.Connector
                    && (_tt.Is(_segs[nameFrom - 1].Start, "of") || _tt.Is(_segs[nameFrom - 1].Start, "for")) && TitleComplement(titleIndex))
                {
                    nameFrom = n - nameFrom >= 3 && _segs[nameFrom].Type == Seg.Name && _segs[nameFrom].Count == 1 ? nameFrom + 1 : n;
                }

                // "General Staff", "Joint Command": an organization head after the title is the body itself.
                if (nameFrom == n - 1 && titleIndex >= 0 && titleIndex == n - 2 && b - a >= 2 && _tokens[_segs[titleIndex].Start].Kind == TokenKind.Word
                    && _tokens[_segs[titleIndex].Start].IsCapitalized && _segs[nameFrom].Type == Seg.Name && _segs[nameFrom].Count == 1
                    && _tokens[_segs[nameFrom].Start].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[_segs[nameFrom].Start])
                    && !WordLists.SurnameLikeHeads.Contains(_text, _tokens[_segs[nameFrom].Start]))
                {
                    string? body = null;
                    foreach (var sg in _segs)
                    {
                        body ??= sg.Country;
                    }

                    AddNamed(a, b, ActorKind.Organization, body, null, s, true);
                    return;
                }

                if (nameFrom < n && titleIndex >= 0)
                {
                    // Titled person: "Russian Defense Minister Andrei Belousov", "Lt. Gen. Stephen J. Townsend".
                    var roleFrom = titleIndex;
                    while (roleFrom > 0 && (_segs[roleFrom - 1].Type == Seg.TitleModifier || _segs[roleFrom - 1].Type == Seg.TitleHead))
                    {
                        roleFrom--;
                    }

                    string? country = null;
                    for (var k = 0; k < roleFrom; k++)
                    {
                        if (_segs[k].Country != null)
                        {
                            country = _segs[k].Country;
                        }
                    }

                    var roleStart = _segs[roleFrom].Start;
                    var roleEnd = _segs[nameFrom - 1].Start + _segs[nameFrom - 1].Count;
                    var role = IsHonorific(roleStart, roleEnd) ? null : SpanText(roleStart, roleEnd);
                    var nameStart = _segs[nameFrom].Start;
                    // "the Foreign Secretary Philip Hammond": the determiner belongs to the titled name's span.
                    var titledFirst = a > 0 && IsThe(a - 1) ? a - 1 : a;
                    AddPerson(titledFirst, b, nameStart, b, role, country, nameFrom == n - 1 && _segs[nameFrom].Type == Seg.Lex ? _segs[nameFrom].Entry : null);
                    return;
                }

                if (nameFrom == 0 && n > 0 && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Person)
                {
                    var entry = _segs[n - 1].Entry!;
                    AddPerson(a, b, _segs[n - 1].Start, b, null, null, entry, (_segs[n - 1].Flags & SurfaceFlags.Surname) != 0);
                    return;
                }

                if (titleIndex >= 0 && nameFrom == n)
                {
                    // A title with no name: a description to resolve later ("the Foreign Secretary").
                    string? country = null;
                    var first = a;
                    for (var k = 0; k < titleIndex; k++)
                    {
                        if (_segs[k].Type == Seg.Demonym || k == 0 && _segs[k].Type == Seg.Lex && _segs[k].Entry!.Kind == LexiconKind.Country)
                        {
                            // "the Iraqi Foreign Minister", "the U.S. Secretary of State": the office's country.
                            country = _segs[k].Country;
                        }
                        else if (_segs[k].Type == Seg.Lex && _segs[k].Entry!.Kind == LexiconKind.Organization && k == titleIndex - 1
                                 || UnknownBodyBeforeTitle(titleIndex))
                        {
                            // "Foreign Office Minister", "507th Maintenance Group Commander": the body the office belongs
                            // to is part of its description.
                        }
                        else if (_segs[k].Type != Seg.TitleModifier && _segs[k].Type != Seg.TitleHead)
                        {
                            first = _segs[k + 1].Start;
                            country = null;
                        }
                    }

                    if (titleIndex == n - 1 || _segs[n - 1].Type == Seg.TitleHead || _segs[n - 1].Type == Seg.TitleModifier
                        || first == a && TitleComplement(titleIndex))
                    {
                        var dFirst = first > 0 && IsThe(first - 1) ? first - 1 : first;
                        if (first == a && a > 0 && IsOrdinal(a - 1) && UnknownBodyBeforeTitle(titleIndex))
                        {
                            dFirst = a - 1;
                        }

                        // A lone capitalized title word with no determiner ("Rewards for Justice") names no one.
                        if (b - dFirst == 1 && b - a == 1)
                        {
                            return;
                        }

                        _descriptions.Add((dFirst, b - dFirst, _segs[titleIndex].Start, country, true));
                        return;
                    }
                }

                var lastTok = b - 1;
                if (OrgOfAt() is var ofAt && ofAt > 0 && ofAt + 1 < n)
                {
                    // "Ministry of Defence", "Government of Iraq", "Department of State": one organization.
                    string? inner = null;
                    foreach (var sg in _segs)
                    {
                        if (sg.Country != null)
                        {
                            inner = sg.Country;
                        }
                    }

                    AddNamed(a, b, ActorKind.Organization, inner, null, s, true);
                    return;
                }

                var lastIsOrg = WordLists.OrgSuffixes.Contains(_text, _tokens[lastTok]) && _tokens[lastTok].IsCapitalized && n > 1;

                // "U.S. Naval Forces Central Command": a known organization closing a longer organization name that
                // has its own head word before it is part of that name.
                if (lastIsOrg && _segs[n - 1].Type == Seg.Lex && _segs[n - 1].Entry!.Kind == LexiconKind.Organization && n >= 3 && NameSegWithOrgHead(n - 1))
                {
                    string? owner = null;
                    foreach (var sg in _segs)
                    {
                        owner ??= sg.Country;
                    }

                    AddNamed(a, b, ActorKind.Organization, owner, null, s, true);
                    return;
                }
                // "John Hall", "Sarah Park": a given name before a surname-like place word makes a person.
                var lastIsPlace = WordLists.PlaceSuffixes.Contains(_text, _tokens[lastTok]) && _tokens[lastTok].IsCapitalized && n > 1
                                  && _segs[n - 1].Type != Seg.Lex
                                  && !(WordLists.SurnameLikeHeads.Contains(_text, _tokens[lastTok]) && _lex.IsGivenName(_text, _tokens[a]));
                if ((lastIsOrg || lastIsPlace) && _segs[n - 1].Type != Seg.Lex)
                {
                    // The whole chunk is one organization or place: "Jordan Armed Forces", "Kursk Oblast".
                    string? country = null;
                    foreach (var sg in _segs)
                    {
                        if (sg.Country != null)
                        {
                            country = sg.Country;
                        }
                    }

                    // "Tabqa Dam, Syria": a place keeps the country or state that locates it.
                    var end2 = !lastIsOrg && CityCountry(a, b, out var located, out _) ? located : b;
                    AddNamed(a, end2, lastIsOrg ? ActorKind.Organization : ActorKind.Location, country, null, s, true);
                    return;
                }

                // Otherwise each segment group stands alone.
                var k2 = 0;
                while (k2 < n)
                {
                    var sg = _segs[k2];
                    if (sg.Type == Seg.Lex)
                    {
                        // "the U.S. Department of State", "the U.K. Ministry of Defence": a country named right before one of
                        // its own known organizations belongs to that organization's span, like a nationality word does.
                        if (CountryOfNextOrganization(k2))
                        {
                            k2++;
                            continue;
                        }

                        var from = sg.Start;
                        if (k2 > 0 && CountryOfNextOrganization(k2 - 1))
                        {
                            from = _segs[k2 - 1].Start;
                        }

                        // "Kurdish YPG": a demonym right before an organization belongs to its span.
                        // "Arabian Gulf", "Caspian Sea": likewise before a place named by its head word.
                        if (k2 > 0 && _segs[k2 - 1].Type == Seg.Demonym && (sg.Entry!.Kind == LexiconKind.Organization
                            || sg.Entry.Kind == LexiconKind.Place && WordLists.PlaceSuffixes.Contains(_text, _tokens[sg.Start + sg.Count - 1])))
                        {
                            from = _segs[k2 - 1].Start;
                        }

                        // "Northern Iraq", "Southwest Asia": a capitalized compass word is part of the place.
                        if (k2 > 0 && IsCompassSeg(k2 - 1) && IsPlaceEntry(sg.Entry!))
                        {
                            from = _segs[k2 - 1].Start;
                        }

                        var to = sg.Start + sg.Count;
                        if (sg.Entry!.Kind == LexiconKind.Person)
                        {
                            AddPerson(from, to, sg.Start, to, null, null, sg.Entry, (sg.Flags & SurfaceFlags.Surname) != 0);
                        }
                        else
                        {
                            AddLexicon(from, to, sg.Entry, s);
                        }

                        k2++;
                        continue;
                    }

                    if (sg.Type == Seg.Demonym && k2 == n - 1)
                    {
                        // "Armenian and Azerbaijani negotiators": a group of two nations is neither one's group.
                        var before = sg.Start - 1;
                        var coordinated = before >= 1 && (_tt.Is(before, "and") || _tt.Is(before, "or") || IsComma(before));
                        if (coordinated && IsComma(before - 1) && before >= 2)
                        {
                            before--; // "German, and Canadian companies"
                        }

                        coordinated = coordinated && (_lex.TryDemonym(_text, _tokens[before - 1], out _) || _tokens[before - 1].IsAllCaps);
                        if (!coordinated)
                        {
                            // "Syrian Arab forces", "Iraqi Kurdish fighters": stacked nationalities name one group, of
                            // the first one's country.
                            var from = k2;
                            var groupCountry = sg.Country;
                            while (from > 0 && _segs[from - 1].Type == Seg.Demonym)
                            {
                                from--;
                                groupCountry = _segs[from].Country ?? groupCountry;
                            }

                            AddGroup(_segs[from].Start, sg.Start + sg.Count, groupCountry, people: true);
                        }
                        k2++;
                        continue;
                    }

                    if (IsCompassSeg(k2) && k2 + 1 < n && _segs[k2 + 1].Type == Seg.Lex && IsPlaceEntry(_segs[k2 + 1].Entry!))
                    {
                        k2++; // taken by the place after it
                        continue;
                    }

                    if (sg.Type == Seg.Name)
                    {
                        var e = k2;
                        while (e + 1 < n && (_segs[e + 1].Type == Seg.Name || (_segs[e + 1].Type == Seg.Connector && WordLists.Particles.Contains(_text, _tokens[_segs[e + 1].Start]) && e + 2 < n && _segs[e + 2].Type == Seg.Name)))
                        {
                            e++;
                        }

                        ClassifyUnknown(s, sentence, _segs[k2].Start, _segs[e].Start + _segs[e].Count, a);
                        k2 = e + 1;
                        continue;
                    }

                    k2++;
                }
            }

            // Whether segment k is a known country and the next one a known organization of that same country.
            private bool CountryOfNextOrganization(int k)
            {
                if (k + 1 >= _segs.Count)
                {
                    return false;
                }

                var c = _segs[k];
                var o = _segs[k + 1];
                return c.Type == Seg.Lex && o.Type == Seg.Lex && c.Entry!.Kind == LexiconKind.Country && o.Entry!.Kind == LexiconKind.Organization
                       && c.Entry.Country != null && c.Entry.Country == o.Entry.Country && c.Start + c.Count == o.Start;
            }

            // "Counter", "Anti", "Counter-Terrorism", "Anti-Corruption": a capitalized word naming what a body works against.
            private bool IsCounterPrefix(int j)
            {
                ref readonly var t = ref _tokens[j];
                if (t.Kind != TokenKind.Word || !t.IsCapitalized)
                {
                    return false;
                }

                return HasPrefixWord(t, "counter") || HasPrefixWord(t, "anti");
            }

            // Whether a token is the word itself or the word joined by a hyphen to more ("Anti-Corruption").
            private bool HasPrefixWord(in Token t, string word)
            {
                var len = word.Length;
                if (t.Length < len || string.Compare(_text, t.Start, word, 0, len, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    return false;
                }

                return t.Length == len || t.Length > len + 1 && Tokenizer.IsHyphen(_text[t.Start + len]);
            }

            // After a counter/anti word opening the chunk: whether the rest is capitalized names, acronyms, nationalities or
            // known organizations and places, closed by a capitalized organization head; with the country it names.
            [MethodImpl(Hot.Path)]
            private bool CounterBody(int end, out string? country)
            {
                country = null;
                var n = _segs.Count;
                ref readonly var last = ref _tokens[end - 1];
                if (n < 2 || !last.IsCapitalized || !WordLists.OrgSuffixes.Contains(_text, last))
                {
                    return false;
                }

                for (var k = 1; k < n; k++)
                {
                    var sg = _segs[k];
                    if (sg.Type == Seg.Lex && sg.Entry!.Kind == LexiconKind.Person || sg.Type != Seg.Lex && sg.Type != Seg.Name && sg.Type != Seg.Demonym)
                    {
                        return false;
                    }

                    country ??= sg.Type == Seg.Demonym ? sg.Country : null;
                }

                return true;
            }

            // "Ministry of Defence", "Federal Government of Iraq", "Iraqi Ministry of Interior": the segment index of an
            // "of"/"for" right after an organization head that only unknown words or a demonym precede, else -1.
            [MethodImpl(Hot.Path)]
            private int OrgOfAt()
            {
                for (var k = 0; k + 1 < _segs.Count; k++)
                {
                    var sg = _segs[k];
                    if (sg.Type == Seg.Name && sg.Count == 1 && _tokens[sg.Start].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[sg.Start]))
                    {
                        var next = _segs[k + 1];
                        return next.Type == Seg.Connector && (_tt.Is(next.Start, "of") || _tt.Is(next.Start, "for")) ? k + 1 : -1;
                    }

                    if (sg.Type != Seg.Name && sg.Type != Seg.Demonym)
                    {
                        return -1;
                    }
                }

                return -1;
            }

            // "Minister for the Middle East", "Secretary of State": after the title only "of"/"for" and the place or
            // body it is responsible for, so the whole chunk names an office.
            [MethodImpl(Hot.Path)]
            private bool TitleComplement(int titleIndex)
            {
                var n = _segs.Count;
                if (titleIndex + 2 >= n || _segs[titleIndex + 1].Type != Seg.Connector
                    || !(_tt.Is(_segs[titleIndex + 1].Start, "for") || _tt.Is(_segs[titleIndex + 1].Start, "of")) || _segs[n - 1].Type == Seg.Connector)
                {
                    return false;
                }

                for (var k = titleIndex + 2; k < n; k++)
                {
                    var sg = _segs[k];
                    if (sg.Type == Seg.Lex ? sg.Entry!.Kind == LexiconKind.Person : sg.Type != Seg.Name && sg.Type != Seg.Connector && sg.Type != Seg.Demonym)
                    {
                        return false;
                    }
                }

                return true;
            }

            // After a description's title at j: the end of an "of"/"for" complement of capitalized names
            // ("the Secretary of State", "the Minister for the Middle East"), else j.
            [MethodImpl(Hot.Path)]
            private int TitleComplementEnd(int j, int end)
            {
                if (j + 1 >= end || !(_tt.Is(j, "of") || _tt.Is(j, "for")) || !_tokens[j].IsLower)
                {
                    return j;
                }

                var k = j + 1;
                if (IsThe(k) && k + 1 < end)
                {
                    k++;
                }

                if (!IsNameWord(k) || !_tokens[k].IsCapitalized && !_tokens[k].IsAllCaps)
                {
                    return j;
                }

                while (k < end && IsNameWord(k))
                {
                    k++;
                }

                return k;
            }

            // Whether a segment before index `before` is an unknown name ending in an organization head ("Naval Forces").
            [MethodImpl(Hot.Path)]
            private bool NameSegWithOrgHead(int before)
            {
                for (var k = 0; k < before; k++)
                {
                    var sg = _segs[k];
                    ref readonly var t = ref _tokens[sg.Start + sg.Count - 1];
                    if (sg.Type == Seg.Name && t.IsCapitalized && WordLists.OrgSuffixes.Contains(_text, t))
                    {
                        return true;
                    }
                }

                return false;
            }

            // Whether the segments before the title are unknown words ending in an organization head ("Maintenance Group").
            [MethodImpl(Hot.Path)]
            private bool UnknownBodyBeforeTitle(int titleIndex)
            {
                if (titleIndex == 0)
                {
                    return false;
                }

                for (var k = 0; k < titleIndex; k++)
                {
                    if (_segs[k].Type != Seg.Name)
                    {
                        return false;
                    }
                }

                var last = _segs[titleIndex - 1];
                ref readonly var t = ref _tokens[last.Start + last.Count - 1];
                return t.IsCapitalized && WordLists.OrgSuffixes.Contains(_text, t);
            }

            // "507th", "2nd", "21st": digits with an ordinal suffix.
            private bool IsOrdinal(int j)
            {
                ref readonly var t = ref _tokens[j];
                if (t.Length < 3 || !char.IsDigit(_text[t.Start]))
                {
                    return false;
                }

                var c1 = char.ToLowerInvariant(_text[t.End - 2]);
                var c2 = char.ToLowerInvariant(_text[t.End - 1]);
                return char.IsDigit(_text[t.End - 3]) && (c1 == 's' && c2 == 't' || c1 == 'n' && c2 == 'd' || c1 == 'r' && c2 == 'd' || c1 == 't' && c2 == 'h');
            }

            private bool IsCompassSeg(int index) =>
                (_segs[index].Type == Seg.Name || _segs[index].Type == Seg.Demonym) && _segs[index].Count == 1 && _tokens[_segs[index].Start].IsCapitalized && WordLists.CompassNames.Contains(_text, _tokens[_segs[index].Start]);

            private static bool IsPlaceEntry(LexiconEntry e) => e.Kind == LexiconKind.Country || e.Kind == LexiconKind.Place;

            private bool IsTitleSeg(int index) => index >= 0 && index < _segs.Count && (_segs[index].Type == Seg.TitleHead || _segs[index].Type == Seg.TitleModifier);

            private bool IsTitleWord(int j) => _tokens[j].IsCapitalized && (WordLists.TitleHeads.Contains(_text, _tokens[j]) || WordLists.TitleModifiers.Contains(_text, _tokens[j]));

            // "Mr.", "Dr.", "Mrs.": not roles.
            private bool IsHonorific(int start, int end) =>
                end - start == 1 && (_tt.Is(start, "mr") || _tt.Is(start, "mrs") || _tt.Is(start, "ms") || _tt.Is(start, "dr") || _tt.Is(start, "sir") || _tt.Is(start, "dame"));

            private bool IsCommonAt(int a, Sentence sentence)
            {
                ref readonly var t = ref _tokens[a];
                if (WordLists.Weekdays.Contains(_text, t))
                {
                    return true;
                }

                var initial = a == sentence.FirstToken || (a > 0 && _tokens[a - 1].Kind == TokenKind.Punctuation && (_tokens[a - 1].Is(TokenFlags.Quote) || _text[_tokens[a - 1].Start] == '(' || _text[_tokens[a - 1].Start] == ':'))
                              || (t.Flags & TokenFlags.NewlineBefore) != 0;
                if (!initial)
                {
                    return false;
                }

                if (WordLists.CommonCapitalized.Contains(_text, t))
                {
                    return true;
                }

                // A capitalized sentence opener that the article also uses in lower case is a common word,
                // unless the lexicon knows it as a name.
                if (LowercaseWords().Contains(t.Hash) && !t.IsAllCaps && !MatchAt(a, sentence.EndToken, out _)
                    && !WordLists.TitleHeads.Contains(_text, t) && !WordLists.TitleModifiers.Contains(_text, t))
                {
                    return true;
                }

                return false;
            }

            [MethodImpl(Hot.Path)]
            private void ClassifyUnknown(int s, Sentence sentence, int x, int y, int chunkStart)
            {
                var count = y - x;
                ref readonly var first = ref _tokens[x];
                var hasInitial = false;
                var allCapsWords = 0;
                for (var k = x; k < y; k++)
                {
                    if (_tokens[k].Is(TokenFlags.Initial))
                    {
                        hasInitial = true;
                    }

                    if (_tokens[k].IsAllCaps)
                    {
                        allCapsWords++;
                    }
                }

                // "the Law of Armed Conflict", "the Treaty of Friendship": the complement of a document or event noun.
                if (x == chunkStart && x >= 2 && _tt.Is(x - 1, "of") && _tokens[x - 2].IsCapitalized && WordLists.NotActorHeads.Contains(_text, _tokens[x - 2]))
                {
                    return;
                }

                var locative = x == chunkStart && x > sentence.FirstToken && WordLists.Locatives.Contains(_text, _tokens[x - 1]);
                if (count == 1)
                {
                    if (WordLists.NotActors.Contains(_text, first))
                    {
                        return;
                    }

                    if (first.IsAllCaps && first.Length >= 2 && first.Length <= 8 && (first.Flags & TokenFlags.HasDigit) == 0)
                    {
                        AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                        return;
                    }

                    if (first.Kind != TokenKind.Word || (first.Flags & TokenFlags.Abbreviation) != 0 || WordLists.CommonCapitalized.Contains(_text, first))
                    {
                        return;
                    }

                    if (AddPeople(x))
                    {
                        return;
                    }

                    // "Cibolo, Texas": an unknown word located by a state or country is a place.
                    if (!_personWords.Contains(_text, first) && CityCountry(x, y, out var locatedEnd, out var locatedIn))
                    {
                        AddNamed(x, locatedEnd, ActorKind.Location, locatedIn, null, s, false);
                        return;
                    }

                    _pending.Add((x, locative ? 1 : 0));
                    return;
                }

                if (allCapsWords == count && count <= 3)
                {
                    AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                    return;
                }

                if (CityCountry(x, y, out var countryEnd, out var countryCode))
                {
                    AddNamed(x, countryEnd, ActorKind.Location, countryCode, null, s, false);
                    return;
                }

                if (locative && !hasInitial && !_lex.IsGivenName(_text, first))
                {
                    AddNamed(x, y, ActorKind.Location, null, null, s, false);
                    return;
                }

                if (hasInitial)
                {
                    AddPerson(x, y, x, y, null, null, null);
                    return;
                }

                // "Targeted Operations Against": a title-case heading fragment ending in a preposition names no one.
                if (WordLists.TitleCasePrepositions.Contains(_text, _tokens[y - 1]))
                {
                    return;
                }

                // "Federal Government", "State Board", "ANG Airmen", "George Washington University": the head word
                // names what the phrase is, even after a given name, unless it is also a common surname ("Hall").
                ref readonly var last = ref _tokens[y - 1];
                if (last.IsCapitalized && !WordLists.SurnameLikeHeads.Contains(_text, last) && !_personWords.Contains(_text, last))
                {
                    if (WordLists.OrgSuffixes.Contains(_text, last) || WordLists.GroupHeads.Contains(_text, last) || WordLists.PeopleHeads.Contains(_text, last))
                    {
                        AddNamed(x, y, ActorKind.Organization, null, null, s, true);
                        return;
                    }

                    if (WordLists.PlaceSuffixes.Contains(_text, last))
                    {
                        AddNamed(x, y, ActorKind.Location, null, null, s, true);
                        return;
                    }
                }

                // An all-caps word is an acronym, not a given name ("ANG", "DOD").
                if (!first.IsAllCaps && _lex.IsGivenName(_text, first))
                {
                    AddPerson(x, y, x, y, null, null, null);
                    return;
                }

                if (count <= 3 && allCapsWords == 0)
                {
                    AddPerson(x, y, x, y, null, null, null);
                    return;
                }

                AddNamed(x, y, ActorKind.Organization, null, null, s, true);
            }

            // "a Foreign Office spokesman", "U.S. Central Command commander", "commander of the Amphibious Task Group":
            // the organization only qualifies a role, and the whole phrase describes a person. An appositive
            // ("Gen. Ann Lee, U.S. Central Command commander,") links it to the person named before. An unnamed
            // holder takes the organization's country.
            [MethodImpl(Hot.Path)]
            private bool RoleOfOrganization(int spanFirst, int spanEnd, string? country)
            {
                int first, end;
                var j = spanEnd;
                if (j < _tokens.Length && IsLowerRole(j))
                {
                    end = j + 1;
                }
                else if (j + 1 < _tokens.Length && _tokens[j].IsLower && _tokens[j].Kind == TokenKind.Word
                         && (WordLists.TitleModifiers.Contains(_text, _tokens[j]) || _tt.Is(j, "commanding")) && IsLowerRole(j + 1))
                {
                    end = j + 2;
                }
                else
                {
                    end = -1;
                }

                var k = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
                if (end > 0)
                {
                    first = k > 0 && IsArticle(k - 1) ? k - 1 : k;
                    if (first == k && k > 0 && (_tokens[k - 1].IsCapitalized || _tokens[k - 1].Kind == TokenKind.Number))
                    {
                        return false; // part of a longer name
                    }
                }
                else if (k >= 2 && _tt.Is(k - 1, "of") && _tokens[k - 1].Length == 2 && IsLowerRole(k - 2))
                {
                    first = k - 2;
                    end = spanEnd;
                }
                else
                {
                    return false;
                }

                ActorBuilder? person = null;
                var comma = first - 1;
                if (comma > 0 && _tokens[comma].Kind == TokenKind.Punctuation && _text[_tokens[comma].Start] == ',')
                {
                    for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - 3; m--)
                    {
                        if (_mentions[m].First + _mentions[m].Count == comma && _mentions[m].Actor.Kind == ActorKind.Person)
                        {
                            person = _mentions[m].Actor;
                            break;
                        }
                    }
                }

                if (person == null)
                {
                    var nameFirst = IsArticle(first) ? first + 1 : first;
                    // The office belongs to the organization's country ("the Kremlin press secretary" is Russian).
                    person = NewActor(SpanText(nameFirst, end), ActorKind.Person, country, null, _tokens[first].Start);
                    if (person == null)
                    {
                        return true;
                    }
                }

                AddMention(first, end - first, person, MentionKind.Description);
                return true;
            }

            private bool IsLowerRole(int j) => _tokens[j].Kind == TokenKind.Word && _tokens[j].IsLower && WordLists.RoleNouns.Contains(_text, _tokens[j]);

            private bool IsArticle(int j) =>
                _tokens[j].Kind == TokenKind.Word && (IsThe(j) || _tokens[j].Length == 1 && _tt.Is(j, "a") || _tokens[j].Length == 2 && _tt.Is(j, "an"));

            // "Syrians", "the Iraqis", "all Turks": a people named as a group acts like an organization.
            private bool AddPeople(int x)
            {
                ref readonly var t = ref _tokens[x];
                if (!t.IsCapitalized || !(_lex.TryPluralDemonym(_text, t, out var code) || WordLists.PeoplePlurals.TryGet(_text, t, out code)))
                {
                    return false;
                }

                var first = x > 0 && _tt.Is(x - 1, "all") && _tokens[x - 1].Length == 3 ? x - 1 : GroupFirst(x);
                var actor = NewActor(SpanText(x, x + 1), ActorKind.Organization, code.Length == 3 ? code : null, null, _tokens[first].Start);
                if (actor != null)
                {
                    AddMention(first, x + 1 - first, actor, MentionKind.Name);
                }

                return true;
            }

            // "Cibolo, Texas" / "Palmyra, Syria": an unknown place followed by its state or country.
            // cityCountry: the place's own country when the lexicon knows it. "In Moscow, China and Iran signed":
            // a country that is not the city's, or one that opens a list of countries, is a separate actor.
            private bool CityCountry(int x, int y, out int end, out string? country, string? cityCountry = null)
            {
                end = y;
                country = null;
                if (y + 1 < _tokens.Length && IsComma(y)
                    && _lex.Match(_tt, _wordIds, y + 1, Math.Min(_tokens.Length, y + 5), false, out var m)
                    && (m.Entry.Kind == LexiconKind.Country || (m.Entry.Kind == LexiconKind.Place && m.Entry.Country == "USA")))
                {
                    if (cityCountry != null && m.Entry.Country != null && cityCountry != m.Entry.Country)
                    {
                        return false;
                    }

                    var after = y + 1 + m.TokenCount;
                    if (after + 1 < _tokens.Length && (IsComma(after) || _tt.Is(after, "and") || _tt.Is(after, "or"))
                        && _lex.Match(_tt, _wordIds, after + 1, Math.Min(_tokens.Length, after + 5), false, out var next)
                        && next.Entry.Kind == LexiconKind.Country)
                    {
                        return false;
                    }

                    end = after;
                    country = m.Entry.Country;
                    return true;
                }

                return false;
            }

            private bool IsComma(int j) => _tokens[j].Length == 1 && _text[_tokens[j].Start] == ',';

            // ---- descriptions ------------------------------------------------------------------------------

            private bool IsThe(int j) => _tokens[j].Length == 3 && _tokens[j].Kind == TokenKind.Word && _tt.Is(j, "the");

            private bool IsTheOrDescriptionStart(int i, int end) => IsThe(i) && i + 1 < end;

            // "the Russian leader", "the minister", "the prime minister": remembered for linking after all names are known.
            [MethodImpl(Hot.Path)]
            private int ScanDescription(int i, int end)
            {
                var j = i + 1;
                string? country = null;
                if (j < end && _lex.TryDemonym(_text, _tokens[j], out var dc))
                {
                    country = dc.Length == 3 ? dc : null;
                    j++;
                }

                var heads = j;
                while (j < end && _tokens[j].Kind == TokenKind.Word && (WordLists.TitleModifiers.Contains(_text, _tokens[j]) || WordLists.TitleHeads.Contains(_text, _tokens[j])))
                {
                    j++;
                }

                if (j == heads)
                {
                    return i + 1;
                }

                var head = j - 1;
                if (!WordLists.TitleHeads.Contains(_text, _tokens[head]))
                {
                    return i + 1;
                }

                // A name right after makes it a titled person, handled as a chunk.
                if (j < end && IsNameWord(j) && _tokens[j].IsCapitalized && !_tokens[heads].IsLower)
                {
                    return i + 1;
                }

                if (j < end && IsModifiedNoun(j))
                {
                    return j; // "the minister's plan" is fine, "the president election" is not a person
                }

                if (_tokens[heads].IsCapitalized && _tokens[head].IsCapitalized)
                {
                    j = TitleComplementEnd(j, end);
                }

                _descriptions.Add((i, j - i, head, country, _tokens[heads].IsCapitalized));
                return j;
            }

            private bool IsFunctionWord(int j) => FunctionWordTable.Contains(_text, _tokens[j]);

            private static readonly TermTable<bool> FunctionWordTable = Table(FunctionWords());

            [MethodImpl(Hot.Path)]
            private static TermTable<bool> Table(string[] words)
            {
                var t = new TermTable<bool>(words.Length);
                foreach (var w in words)
                {
                    t.Set(w, true);
                }

                return t;
            }

            private static string[] FunctionWords() => new[]
            {
                "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "was", "were", "are", "has",
                "had", "have", "will", "would", "said", "says", "also", "who", "which", "that", "but", "did", "does", "could",
                "should", "can", "may", "might", "then", "later", "listened", "noted", "met", "held", "told", "visited", "added",
                "through", "about", "after", "before", "during", "into", "over", "under", "against", "between", "among", "across",
                "via", "per", "since", "until", "without", "within", "despite", "toward", "towards", "amid", "near", "like",
                "than", "not", "being", "been", "its", "their", "his", "her", "this", "these", "those", "a", "an", "the", "it",
                "he", "she", "they", "we", "be", "so", "if", "when", "while", "where", "there", "here", "only", "again", "now",
                "must", "shall", "do", "up", "out", "off", "down", "both", "all", "each", "every", "any", "no", "nor", "yet",
                "left", "went", "came", "spoke", "made", "took", "gave", "saw", "led", "sent", "won", "lost", "began", "became",
                "brought", "put", "set", "ran", "knew", "thought", "felt", "kept", "stood", "wrote", "heard", "found", "paid",
                "rose", "fell", "flew", "chose", "struck", "fought", "sought", "caught", "built", "spent", "insisted", "urged",
            };

            [MethodImpl(Hot.Path)]
            private void ResolveDescriptions()
            {
                if (_descriptions.Count == 0)
                {
                    return;
                }

                // Walk descriptions and person mentions together in text order, remembering where each person was
                // last named; a description goes to the nearest fitting person before it, else the first after.
                var persons = new List<ActorBuilder>();
                foreach (var a in _actors)
                {
                    if (a.Kind == ActorKind.Person)
                    {
                        persons.Add(a);
                    }
                }

                var named = _lists.Named;
                named.Clear();
                foreach (var m in _mentions)
                {
                    if (m.Actor.Kind == ActorKind.Person)
                    {
                        named.Add(m);
                    }
                }

                named.Sort((x, y) => x.First.CompareTo(y.First));
                _descriptions.Sort((x, y) => x.First.CompareTo(y.First));
                var lastSeen = new Dictionary<ActorBuilder, int>();
                var p = 0;
                foreach (var (first, count, head, country, capitalized) in _descriptions)
                {
                    while (p < named.Count && named[p].First < first)
                    {
                        lastSeen[named[p].Actor] = named[p].First;
                        p++;
                    }

                    ActorBuilder? best = null;
                    var bestSeen = -1;
                    foreach (var actor in persons)
                    {
                        if ((country != null && actor.Country != country) || !RoleFits(actor, head, first, count))
                        {
                            continue;
                        }

                        var seen = lastSeen.TryGetValue(actor, out var at) ? at : -1;
                        if (best == null || seen > bestSeen || (seen < 0 && bestSeen < 0 && actor.First < best.First))
                        {
                            best = actor;
                            bestSeen = seen;
                        }
                    }

                    var appositive = Appositive(named, first, count);
                    best = appositive ?? best;
                    if (best != null)
                    {
                        AddMention(first, count, best, MentionKind.Description);
                        AddAlias(best, SpanText(first, first + count));

                        // "Minister for the Arctic, Halvard Lindqvist,": the office beside the name is the person's role,
                        // so a later "the Minister for the Arctic" finds him.
                        if (appositive != null && capitalized && best.Roles.Count == 0)
                        {
                            var roleFirst = IsThe(first) ? first + 1 : first;
                            while (roleFirst < head && (!_tokens[roleFirst].IsCapitalized || _tokens[roleFirst].IsAllCaps || _lex.TryDemonym(_text, _tokens[roleFirst], out _)))
                            {
                                roleFirst++;
                            }

                            if (roleFirst < first + count)
                            {
                                best.Roles.Add(SpanText(roleFirst, first + count));
                            }
                        }
                    }
                    else if (capitalized)
                    {
                        // "The Foreign Secretary" with no named holder in the article: still a person, named by the office.
                        var nameFirst = IsThe(first) ? first + 1 : first;
                        var office = NewActor(SpanText(nameFirst, first + count), ActorKind.Person, country, null, _tokens[first].Start);
                        if (office != null)
                        {
                            AddMention(first, count, office, MentionKind.Description);
                        }
                    }
                }
            }

            // "Health Minister, Ivo Marin, said" / "Ivo Marin, the health minister,": the person named next to the
            // description across a comma (named: person mentions in text order).
            [MethodImpl(Hot.Path)]
            private ActorBuilder? Appositive(List<RawMention> named, int first, int count)
            {
                var after = first + count;
                var before = first - 1;
                var commaAfter = after + 1 < _tokens.Length && _tokens[after].Kind == TokenKind.Punctuation && _text[_tokens[after].Start] == ',';
                var commaBefore = before > 0 && _tokens[before].Kind == TokenKind.Punctuation && _text[_tokens[before].Start] == ',';
                if (!commaAfter && !commaBefore)
                {
                    return null;
                }

                foreach (var m in named)
                {
                    if (commaAfter && m.First == after + 1 || commaBefore && m.First + m.Count == before)
                    {
                        return m.Actor;
                    }
                }

                return null;
            }

            [MethodImpl(Hot.Path)]
            private bool RoleFits(ActorBuilder actor, int head, int first, int count)
            {
                var isLeader = _tt.Is(head, "leader");
                foreach (var role in actor.Roles)
                {
                    if (isLeader)
                    {
                        if (role.IndexOf("President", StringComparison.OrdinalIgnoreCase) >= 0 && role.IndexOf("Vice", StringComparison.OrdinalIgnoreCase) < 0
                            || role.IndexOf("Prime Minister", StringComparison.OrdinalIgnoreCase) >= 0 || role.IndexOf("Leader", StringComparison.OrdinalIgnoreCase) >= 0
                            || role.IndexOf("Chancellor", StringComparison.OrdinalIgnoreCase) >= 0 || role.IndexOf("King", StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            return true;
                        }

                        continue;
                    }

                    // The description's words (after "the" and a demonym) must all occur in the role, the head last.
                    // An office with its complement ("the Secretary of State") must end the role the same way.
                    var headText = _text.Substring(_tokens[head].Start, _tokens[head].Length).TrimEnd('.');
                    var tail = head + 1 < first + count ? SpanText(head, first + count) : null;
                    if (tail != null ? !role.EndsWith(tail, StringComparison.OrdinalIgnoreCase) : !EndsWithWord(role, headText))
                    {
                        continue;
                    }

                    var ok = true;
                    for (var k = first; k < head; k++)
                    {
                        // "the U.S. Secretary of State": a country acronym, like a demonym, only says whose office.
                        if (IsThe(k) || _lex.TryDemonym(_text, _tokens[k], out _) || _tokens[k].IsAllCaps)
                        {
                            continue;
                        }

                        var w = _text.Substring(_tokens[k].Start, _tokens[k].Length);
                        if (role.IndexOf(w, StringComparison.OrdinalIgnoreCase) < 0)
                        {
                            ok = false;
                            break;
                        }
                    }

                    if (ok)
                    {
                        return true;
                    }
                }

                return false;
            }

            private static bool EndsWithWord(string role, string word)
            {
                if (!role.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    // "Minister for the Middle East" still has head "Minister".
                    var idx = role.IndexOf(word + " ", StringComparison.OrdinalIgnoreCase);
                    return idx == 0 || (idx > 0 && role[idx - 1] == ' ');
                }

                var before = role.Length - word.Length - 1;
                return before < 0 || role[before] == ' ' || role[before] == '-';
            }

            // ---- headline and all-caps sentences -----------------------------------------------------------

            [MethodImpl(Hot.Path)]
            private void ScanCapsSentence(Sentence sentence)
            {
                var allCaps = (sentence.Flags & SentenceFlags.AllCaps) != 0;
                var end = sentence.EndToken;
                var i = sentence.FirstToken;
                while (i < end)
                {
                    if (_tokens[i].Kind != TokenKind.Word)
                    {
                        i++;
                        continue;
                    }

                    if (_lex.Match(_tt, _wordIds, i, end, allCaps, out var m) && (m.Entry.Kind != LexiconKind.Person || (m.Flags & SurfaceFlags.Surname) == 0 || _byEntry.ContainsKey(m.Entry.Id)))
                    {
                        if (m.Entry.Kind == LexiconKind.Person)
                        {
                            AddPerson(i, i + m.TokenCount, i, i + m.TokenCount, null, null, m.Entry);
                        }
                        else if (m.TokenCount > 1 || !WordLists.TitleHeads.Contains(_text, _tokens[i]))
                        {
                            AddLexicon(i, i + m.TokenCount, m.Entry, -1);
                        }

                        i += m.TokenCount;
                        continue;
                    }

                    // Names the body already introduced ("Belousov").
                    if (_aliases.TryGet(_text, _tokens[i], out var known) || _personWords.TryGet(_text, _tokens[i], out known))
                    {
                        AddMention(i, 1, known, MentionKind.Name);
                    }

                    i++;
                }
            }

            // ---- pending single words ----------------------------------------------------------------------

            [MethodImpl(Hot.Path)]
            private void ResolvePending()
            {
                if (_pending.Count == 0)
                {
                    return;
                }

                // Ends of place mentions that follow a locative preposition ("in Baghdad"), for lists of places.
                var placeEnds = new HashSet<int>();
                foreach (var m in _mentions)
                {
                    if (m.Actor.Kind == ActorKind.Location && m.First > 0 && WordLists.Locatives.Contains(_text, _tokens[m.First - 1]))
                    {
                        placeEnds.Add(m.First + m.Count);
                    }
                }

                var later = new List<int>();
                foreach (var (token, locative) in _pending)
                {
                    if (_personWords.TryGet(_text, _tokens[token], out var person))
                    {
                        AddMention(token, 1, person, MentionKind.Name);
                        continue;
                    }

                    if (_aliases.TryGet(_text, _tokens[token], out var known))
                    {
                        AddMention(token, 1, known, MentionKind.Name);
                        continue;
                    }

                    if (locative == 1 || PlaceNounOf(token) || InPlaceList(token, placeEnds))
                    {
                        AddNamed(token, token + 1, ActorKind.Location, null, null, -1, false);
                        placeEnds.Add(token + 1);

                        // "the Syrian town of Dabiq": a singular place noun phrase is part of the span.
                        var last = _mentions[_mentions.Count - 1];
                        if (last.First == token && PlaceNounOf(token) && _tokens[token - 2].Length == 4 && (_tt.Is(token - 2, "town") || _tt.Is(token - 2, "city")))
                        {
                            var from = PlaceNounStart(token - 2);
                            last.Count += token - from;
                            last.First = from;
                            _mentions[_mentions.Count - 1] = last;
                        }
                    }
                    else
                    {
                        later.Add(token);
                    }
                }

                // "Dabiq held symbolic importance": a word the article already placed is that place everywhere.
                var places = _byName[(int)ActorKind.Location];
                foreach (var token in later)
                {
                    ref readonly var t = ref _tokens[token];
                    if (places.TryGet(_text, t.Start, t.Length, t.Hash, out var place))
                    {
                        AddMention(token, 1, place, MentionKind.Name);
                    }
                }
            }

            // "the Iraqi city of", "the northwest province of", "the port city of": where the noun phrase naming a place
            // by its kind starts (its "the" and up to two modifiers), given the place noun's index; else the noun itself.
            [MethodImpl(Hot.Path)]
            private int PlaceNounStart(int noun)
            {
                var k = noun - 1;
                var steps = 0;
                while (k >= 0 && steps < 2 && _tokens[k].Kind == TokenKind.Word && !IsThe(k)
                       && (_tokens[k].IsLower && !IsFunctionWord(k) || _tokens[k].IsCapitalized && _lex.TryDemonym(_text, _tokens[k], out _)))
                {
                    k--;
                    steps++;
                }

                return k >= 0 && IsThe(k) ? k : noun;
            }

            // "the towns of Jabla", "the Syrian city of Dabiq": a place noun and "of" before the word.
            private bool PlaceNounOf(int token) =>
                token >= 2 && _tt.Is(token - 1, "of") && _tokens[token - 1].Length == 2 && _tokens[token - 2].IsLower
                && (WordLists.LowerPlaceHeads.Contains(_text, _tokens[token - 2]) || WordLists.PlaceNouns.Contains(_text, _tokens[token - 2]));

            // "in Baghdad and Najaf", "in Qamenas, Sarmin and Talamenes": a word coordinated with a place that a
            // locative preposition opened. placeEnds: token indexes right after such places.
            private bool InPlaceList(int token, HashSet<int> placeEnds)
            {
                var c = token - 1;
                return c >= 1 && (_tt.Is(c, "and") || _tt.Is(c, "or") || IsComma(c)) && placeEnds.Contains(c);
            }

            // ---- actors and mentions -----------------------------------------------------------------------

            private void AddPerson(int spanFirst, int spanEnd, int nameFirst, int nameEnd, string? role, string? country, LexiconEntry? entry, bool surnameOnly = false)
            {
                if (spanFirst == nameFirst && AddGroup(nameFirst, nameEnd, entry?.Country ?? country, person: true, leader: entry?.Name))
                {
                    return;
                }

                ActorBuilder? actor = null;
                if (entry != null)
                {
                    _byEntry.TryGetValue(entry.Id, out actor);
                }

                // A surname or given name already known in this article: the same person ("Belousov").
                if (actor == null && nameEnd - nameFirst == 1 && _personWords.TryGet(_text, _tokens[nameFirst], out var known))
                {
                    actor = known;
                }

                // A full name whose surname is known: link unless the given names clash.
                if (actor == null && nameEnd - nameFirst > 1 && _personWords.TryGet(_text, _tokens[nameEnd - 1], out var bySurname)
                    && bySurname.Entry == null && (bySurname.Name.IndexOf(' ') < 0 || bySurname.Name.StartsWith(SpanText(nameFirst, nameFirst + 1), StringComparison.OrdinalIgnoreCase)))
                {
                    actor = bySurname;
                    var full = SpanText(nameFirst, nameEnd);
                    if (full.Length > actor.Name.Length)
                    {
                        AddAlias(actor, actor.Name);
                        actor.Name = full;
                    }
                }

                if (actor == null && surnameOnly && entry != null && !_byEntry.ContainsKey(entry.Id))
                {
                    // The lexicon knows the surname: use its full name so identities agree across articles.
                }

                if (country == null && entry?.Country == null && spanFirst == nameFirst)
                {
                    country = DescribedNationality(nameFirst);
                }

                if (actor == null)
                {
                    var name = entry?.Name ?? WithoutNickname(SpanText(nameFirst, nameEnd));
                    actor = NewActor(name, ActorKind.Person, entry?.Country ?? country, entry, _tokens[spanFirst].Start);
                    if (actor == null)
                    {
                        return;
                    }

                    if (entry?.Role != null && role == null)
                    {
                        actor.Roles.Add(entry.Role);
                    }
                }

                if (actor.Country == null && country != null)
                {
                    actor.Country = country;
                }

                if (role != null && !Contains(actor.Roles, role))
                {
                    if (entry?.Role != null && actor.Roles.Count == 1 && actor.Roles[0] == entry.Role && !string.Equals(role, entry.Role, StringComparison.OrdinalIgnoreCase))
                    {
                        actor.Roles.Insert(0, role);
                    }
                    else
                    {
                        actor.Roles.Add(role);
                    }
                }

                AddAliasSpan(actor, nameFirst, nameEnd);
                RegisterPersonWords(actor, nameFirst, nameEnd);
                AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name);
            }

            // "his Brazilian counterpart Mauro Vieira", "Russian opposition leader Ivan Roe": a nationality and
            // lower-case person nouns right before the name give the person's country (or null).
            [MethodImpl(Hot.Path)]
            private string? DescribedNationality(int nameFirst)
            {
                var k = nameFirst - 1;
                var nouns = 0;
                while (k >= 0 && nouns < 3 && _tokens[k].Kind == TokenKind.Word && _tokens[k].IsLower
                       && (WordLists.PersonNouns.Contains(_text, _tokens[k]) || WordLists.PersonAdjectives.Contains(_text, _tokens[k])
                           || WordLists.RoleNouns.Contains(_text, _tokens[k]) || WordLists.TitleHeads.Contains(_text, _tokens[k])))
                {
                    k--;
                    nouns++;
                }

                if (nouns == 0 || k < 0 || !_tokens[k].IsCapitalized || (_tokens[nameFirst - 1].Flags & TokenFlags.NewlineBefore) != 0)
                {
                    return null;
                }

                // The word next to the name must be a noun, not an adjective ("the Russian former Ivan Roe").
                if (WordLists.PersonAdjectives.Contains(_text, _tokens[nameFirst - 1]))
                {
                    return null;
                }

                return _lex.TryDemonym(_text, _tokens[k], out var code) && code.Length == 3 ? code : null;
            }

            private void RegisterPersonWords(ActorBuilder actor, int nameFirst, int nameEnd)
            {
                // The surname (last word) always; a lone given name never (too ambiguous).
                ref readonly var last = ref _tokens[nameEnd - 1];
                if (last.Length >= 2 && !last.Is(TokenFlags.Initial) && !_personWords.TryGet(_text, last, out _))
                {
                    _personWords.Set(_text.Substring(last.Start, last.Length), actor);
                }

                if (actor.Entry != null && !actor.EntrySurnameDone)
                {
                    actor.EntrySurnameDone = true;
                    var n = actor.Entry.Name;
                    var sp = n.LastIndexOf(' ');
                    var sur = sp >= 0 ? n.Substring(sp + 1) : n;
                    if (!_personWords.TryGet(sur, out _))
                    {
                        _personWords.Set(sur, actor);
                    }
                }
            }

            private void AddLexicon(int spanFirst, int spanEnd, LexiconEntry entry, int sentence)
            {
                if ((entry.Kind == LexiconKind.Organization || entry.Kind == LexiconKind.Country) && AddGroup(spanFirst, spanEnd, entry.Country))
                {
                    return;
                }

                if (entry.Kind == LexiconKind.Country && ActsAsState(spanFirst, spanEnd, sentence))
                {
                    // "The United States condemns ...": the country as a political actor, an organization.
                    var state = NewActor(entry.Name, ActorKind.Organization, entry.Country, null, _tokens[spanFirst].Start);
                    if (state != null)
                    {
                        AddAlias(state, SpanText(spanFirst, spanEnd));
                        var from = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
                        AddMention(from, spanEnd - from, state, MentionKind.Name);
                    }

                    return;
                }

                if (!_byEntry.TryGetValue(entry.Id, out var actor))
                {
                    var key = ActorKeys.For(entry.ActorKind, entry.Name);
                    if (!_byKey.TryGetValue(key, out actor))
                    {
                        actor = NewActor(entry.Name, entry.ActorKind, entry.Country, entry, _tokens[spanFirst].Start);
                        if (actor == null)
                        {
                            return;
                        }
                    }

                    _byEntry[entry.Id] = actor;
                }

                AddAliasSpan(actor, spanFirst, spanEnd);
                if (entry.Kind == LexiconKind.Organization && spanEnd - spanFirst == 1 && !_aliases.Contains(_text, _tokens[spanFirst]))
                {
                    _aliases.Set(SpanText(spanFirst, spanEnd), actor);
                }

                // "ISIL heavy weapons", "EU officials": an organization named as a modifier is still a mention of it
                // (CoNLL and re3d both annotate it), unless it only qualifies a role ("a Foreign Office spokesman").
                if (actor.Kind == ActorKind.Organization && RoleOfOrganization(spanFirst, spanEnd, actor.Country))
                {
                    return;
                }

                spanFirst = WithDeterminer(spanFirst, spanEnd, actor);
                if (actor.Kind == ActorKind.Location)
                {
                    // "northern Iraq", "Palmyra, Syria": re3d-style place spans.
                    if (spanFirst > 0 && _tokens[spanFirst - 1].IsLower && WordLists.Compass.Contains(_text, _tokens[spanFirst - 1]))
                    {
                        spanFirst--;
                    }

                    if (entry.Kind == LexiconKind.Place && CityCountry(spanFirst, spanEnd, out var withCountry, out _, entry.Country))
                    {
                        spanEnd = withCountry;
                    }
                }

                AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name);
                ParenthesizedAcronym(spanEnd, actor);
                ExtendPlaceHead(actor, spanEnd);
                _ = sentence;
            }

            private void AddNamed(int spanFirst, int spanEnd, ActorKind kind, string? country, LexiconEntry? entry, int sentence, bool allowDeterminer)
            {
                if (kind == ActorKind.Organization && AddGroup(spanFirst, spanEnd, country))
                {
                    return;
                }

                // "the ISIL's War Committee", "Iraq's Security Forces": a body named through its owner is one
                // organization spanning both (of the owner's country); the owner's own mention gives way to it.
                var nameFirst = spanFirst;
                if (kind == ActorKind.Organization && entry == null && spanFirst >= 2 && _tokens[spanFirst - 1].Kind == TokenKind.Possessive
                    && _tokens[spanFirst].IsCapitalized && HasOrgHead(spanFirst, spanEnd) && OwnerMention(spanFirst - 1) is var owner && owner >= 0)
                {
                    var o = _mentions[owner];
                    nameFirst = IsArticle(o.First) ? o.First + 1 : o.First;
                    country ??= o.Actor.Country;
                    allowDeterminer = false;
                    spanFirst = o.First;
                }

                var spanStart = _tokens[nameFirst].Start;
                var spanLength = _tokens[spanEnd - 1].End - spanStart;
                var names = _byName[(int)kind];
                if (!names.TryGet(_text, spanStart, spanLength, TermKey.Hash(_text, spanStart, spanLength), out var actor))
                {
                    var name = SpanText(nameFirst, spanEnd);
                    if (spanEnd - nameFirst == 1 && _aliases.TryGet(_text, _tokens[nameFirst], out var alias) && alias.Kind == kind)
                    {
                        actor = alias;
                    }
                    else
                    {
                        actor = NewActor(name, kind, country, entry, _tokens[spanFirst].Start);
                        if (actor == null)
                        {
                            return;
                        }
                    }

                    names.Set(name, actor);
                }

                if (spanEnd - spanFirst == 1 && kind == ActorKind.Organization && !_aliases.Contains(_text, _tokens[spanFirst]))
                {
                    _aliases.Set(SpanText(spanFirst, spanEnd), actor);
                }

                if (kind == ActorKind.Organization && RoleOfOrganization(spanFirst, spanEnd, actor.Country))
                {
                    return;
                }

                if (allowDeterminer)
                {
                    spanFirst = WithDeterminer(spanFirst, spanEnd, actor);
                }

                AddMention(spanFirst, spanEnd - spanFirst, actor, MentionKind.Name);
                ParenthesizedAcronym(spanEnd, actor);
                _ = sentence;
            }

            // A name of two or more words with an organization head ("War Committee", "Office of Foreign Assets Control"),
            // not a lone acronym or brand that only sits next to its owner ("Russia's RIA").
            [MethodImpl(Hot.Path)]
            private bool HasOrgHead(int first, int end)
            {
                if (end - first < 2)
                {
                    return false;
                }

                for (var j = first; j < end; j++)
                {
                    if (_tokens[j].IsCapitalized && WordLists.OrgSuffixes.Contains(_text, _tokens[j]))
                    {
                        return true;
                    }
                }

                return false;
            }

            // The index of an organization or place mention that ends right before the possessive at token p, else -1.
            [MethodImpl(Hot.Path)]
            private int OwnerMention(int p)
            {
                for (var m = _mentions.Count - 1; m >= 0 && m >= _mentions.Count - 3; m--)
                {
                    var mention = _mentions[m];
                    if (mention.First + mention.Count == p && mention.Actor.Kind != ActorKind.Person && mention.Kind == MentionKind.Name)
                    {
                        return m;
                    }
                }

                return -1;
            }

            // "Syrian Democratic Forces (SDF)": the acronym names the same actor.
            private void ParenthesizedAcronym(int after, ActorBuilder actor)
            {
                if (after < _tokens.Length && _tokens[after].Kind == TokenKind.Possessive)
                {
                    after++; // "Naval Forces Central Command's (NAVCENT)"
                }

                if (after + 2 < _tokens.Length && _text[_tokens[after].Start] == '(' && _tokens[after + 1].IsAllCaps
                    && _text[_tokens[after + 2].Start] == ')' && actor.Kind != ActorKind.Person)
                {
                    var acronym = _text.Substring(_tokens[after + 1].Start, _tokens[after + 1].Length);
                    _aliases.Set(acronym, actor);
                }
            }

            // "Idlib province": a lower-case place head after a place name belongs to its span.
            private void ExtendPlaceHead(ActorBuilder actor, int spanEnd)
            {
                if (actor.Kind != ActorKind.Location || spanEnd >= _tokens.Length || !_tokens[spanEnd].IsLower
                    || !WordLists.LowerPlaceHeads.Contains(_text, _tokens[spanEnd]) || _mentions.Count == 0)
                {
                    return;
                }

                var last = _mentions[_mentions.Count - 1];
                if (last.Actor == actor && last.First + last.Count == spanEnd)
                {
                    last.Count++;
                    _mentions[_mentions.Count - 1] = last;
                }
            }

            private int WithDeterminer(int spanFirst, int spanEnd, ActorBuilder actor)
            {
                if (spanFirst == 0 || !IsThe(spanFirst - 1) || actor.Kind == ActorKind.Person)
                {
                    return spanFirst;
                }

                if (actor.Kind == ActorKind.Location && actor.Entry != null && actor.Entry.Kind == LexiconKind.Place && actor.Entry.Country != null)
                {
                    return spanFirst; // cities take no article
                }

                // "the Kremlin said" keeps "the"; in "the Kremlin press secretary" the name only modifies a noun.
                if (spanEnd < _tokens.Length && IsModifiedNoun(spanEnd))
                {
                    return spanFirst;
                }

                return spanFirst - 1;
            }

            // A country named as an actor rather than a place: with "the" outside a locative phrase ("the UK will"),
            // or opening its sentence before a verb ("Turkey has ..."). Possessives and modifiers stay places.
            private bool ActsAsState(int spanFirst, int spanEnd, int sentence)
            {
                if (sentence < 0 || spanEnd >= _tokens.Length || _tokens[spanEnd].Kind == TokenKind.Possessive)
                {
                    return false;
                }

                if (WordLists.CompassNames.Contains(_text, _tokens[spanFirst]))
                {
                    return false;
                }

                var before = spanFirst > 0 && IsThe(spanFirst - 1) ? spanFirst - 1 : spanFirst;
                var sentenceFirst = _tt.Sentences[sentence].FirstToken;
                if (before > sentenceFirst && WordLists.Locatives.Contains(_text, _tokens[before - 1]))
                {
                    return false;
                }

                if (before > sentenceFirst && (_tt.Is(before - 1, "of") && _tokens[before - 1].Length == 2))
                {
                    return false;
                }

                var next = _tokens[spanEnd];
                var verbNext = next.Kind == TokenKind.Word && next.IsLower && !IsModifiedNoun(spanEnd) && !IsConjunctionOrPreposition(spanEnd);
                if (before < spanFirst)
                {
                    return verbNext || next.Kind == TokenKind.Punctuation || IsConjunctionOrPreposition(spanEnd);
                }

                return before == sentenceFirst && verbNext;
            }

            private bool IsConjunctionOrPreposition(int j) =>
                _tokens[j].Kind == TokenKind.Word && (_tt.Is(j, "and") || _tt.Is(j, "or") || _tt.Is(j, "of") || _tt.Is(j, "in") || _tt.Is(j, "to") || _tt.Is(j, "for")
                                                      || _tt.Is(j, "with") || _tt.Is(j, "on") || _tt.Is(j, "at") || _tt.Is(j, "by") || _tt.Is(j, "from"))
                && _tokens[j].Length <= 4;

            // A lower-case word after a name that reads as the noun it modifies ("press", "briefing"), not a verb
            // ("condemns", "updated", "strongly") or a function word.
            private bool IsModifiedNoun(int j)
            {
                ref readonly var t = ref _tokens[j];
                if (t.Kind != TokenKind.Word || !t.IsLower || IsFunctionWord(j))
                {
                    return false;
                }

                var last = _text[t.End - 1];
                var prev = t.Length > 1 ? _text[t.End - 2] : ' ';
                var verbish = (last == 's' && prev != 's' && prev != 'u') || (last == 'd' && prev == 'e') || (last == 'y' && prev == 'l')
                              || (last == 'g' && prev == 'n' && t.Length > 4 && _text[t.End - 3] == 'i');
                return !verbish;
            }

            private ActorBuilder? NewActor(string name, ActorKind kind, string? country, LexiconEntry? entry, int first)
            {
                var key = ActorKeys.For(kind, name);
                if (_byKey.TryGetValue(key, out var existing))
                {
                    return existing;
                }

                if (_actors.Count >= _maxActors)
                {
                    if (!CapReached)
                    {
                        CapReached = true;
                        CapOffset = first;
                    }

                    return null;
                }

                var actor = new ActorBuilder(name, kind, country, entry, first);
                _actors.Add(actor);
                actor.Index = _actors.Count - 1;
                _byKey[key] = actor;
                return actor;
            }

            private void AddMention(int first, int count, ActorBuilder actor, MentionKind kind)
            {
                _mentions.Add(new RawMention { First = first, Count = count, Actor = actor, Kind = kind });
                actor.LastMention = Math.Max(actor.LastMention, _tokens[first].Start);
            }

            // Adds the text of tokens [first, end) as an alias, allocating only when it is new.
            [MethodImpl(Hot.Path)]
            private void AddAliasSpan(ActorBuilder actor, int first, int end)
            {
                var start = _tokens[first].Start;
                var length = _tokens[end - 1].End - start;
                if (SameText(actor.Name, start, length))
                {
                    return;
                }

                foreach (var a in actor.Aliases)
                {
                    if (SameText(a, start, length))
                    {
                        return;
                    }
                }

                actor.Aliases.Add(_text.Substring(start, length));
            }

            private bool SameText(string s, int start, int length) =>
                s.Length == length && string.Compare(s, 0, _text, start, length, StringComparison.OrdinalIgnoreCase) == 0;

            private static void AddAlias(ActorBuilder actor, string alias)
            {
                if (string.Equals(alias, actor.Name, StringComparison.OrdinalIgnoreCase) || Contains(actor.Aliases, alias))
                {
                    return;
                }

                actor.Aliases.Add(alias);
            }

            [MethodImpl(Hot.Path)]
            private static bool Contains(List<string> list, string value)
            {
                foreach (var s in list)
                {
                    if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            private string SpanText(int first, int end) => _text.Substring(_tokens[first].Start, _tokens[end - 1].End - _tokens[first].Start);

            // ---- result ------------------------------------------------------------------------------------

            [MethodImpl(Hot.Path)]
            public ActorExtractionResult Result(AnalysisDocument? document)
            {
                // Order actors by first mention; mentions sorted, overlaps dropped (the earlier, longer one wins).
                _mentions.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : y.Count.CompareTo(x.Count));
                var kept = _lists.Kept;
                kept.Clear();
                var lastEnd = -1;
                foreach (var m in _mentions)
                {
                    if (m.First < lastEnd)
                    {
                        continue;
                    }

                    kept.Add(m);
                    lastEnd = m.First + m.Count;
                }

                // Actors in order of first kept mention; ResultIndex numbers them (each builder belongs to this run only).
                var used = new List<ActorBuilder>();
                foreach (var m in kept)
                {
                    if (m.Actor.ResultIndex < 0)
                    {
                        m.Actor.ResultIndex = used.Count;
                        used.Add(m.Actor);
                    }

                    if (m.Kind != MentionKind.Adjective && m.Kind != MentionKind.Modifier)
                    {
                        m.Actor.SpanCount++;
                    }
                }

                var perActor = new List<MentionSpan>[used.Count];
                for (var i = 0; i < perActor.Length; i++)
                {
                    perActor[i] = new List<MentionSpan>(used[i].SpanCount);
                }

                var resolved = new List<ResolvedMention>(kept.Count);
                foreach (var m in kept)
                {
                    var ai = m.Actor.ResultIndex;
                    var span = new TextSpan(_tokens[m.First].Start, _tokens[m.First + m.Count - 1].End - _tokens[m.First].Start);
                    resolved.Add(new ResolvedMention(span, ai, m.First, m.Count, m.Kind));
                    if (m.Kind != MentionKind.Adjective && m.Kind != MentionKind.Modifier)
                    {
                        perActor[ai].Add(document != null ? document.Mention(span.Start, span.Length) : new MentionSpan(span.Start, span.Length, 0, 0));
                    }
                }

                var actors = new ExtractedActor[used.Count];
                for (var i = 0; i < used.Count; i++)
                {
                    var a = used[i];
                    a.Aliases.RemoveAll(x => string.Equals(x, a.Name, StringComparison.OrdinalIgnoreCase));
                    actors[i] = new ExtractedActor(a.Name, a.Kind, a.Country, a.Roles.ToArray(), a.Aliases.ToArray(), perActor[i]);
                }

                return new ActorExtractionResult(actors, resolved, _tokens.Length);
            }
        }
    }
}
